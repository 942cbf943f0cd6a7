import { useTRPC } from "@petshop/client/react";
import { BusyButton } from "@petshop/ui";
import { apiErrorMessage, hasErrorCode } from "@petshop/ui/forms";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { button } from "../components/buttons";
import type { ReportOutcome } from "./order-outcome";
import type { StaffOrder } from "./staff-order";
import { useOrderCache } from "./useOrderCache";
import { useOrderForms } from "./useOrderForms";

/**
 * A paid order was handed over. It asks first, like every step staff cannot take back: a fulfilled
 * order cannot be reopened.
 */
export function MarkFulfilledButton({ order, onOutcome }: { order: StaffOrder; onOutcome: ReportOutcome }) {
  const trpc = useTRPC();
  const cache = useOrderCache();
  // The confirmation comes with the page's forms, as it only opens on a click.
  const { ConfirmDialog } = useOrderForms();
  const markFulfilled = useMutation(
    trpc.orders.markFulfilled.mutationOptions({
      onMutate: () => onOutcome(null),
      onSuccess: (changed) => {
        cache.store(changed);
        onOutcome({ kind: "done", text: `Order #${changed.number} is fulfilled.` });
      },
      onError: (error) => {
        // Someone or something moved the order meanwhile: show it as it stands now.
        if (hasErrorCode(error, "CONFLICT")) cache.reload(order.id);
        onOutcome({ kind: "refused", text: apiErrorMessage(error) });
      },
    }),
  );

  const [asking, setAsking] = useState(false);

  return (
    <>
      <BusyButton
        busy={markFulfilled.isPending}
        busyLabel="Marking…"
        onClick={() => setAsking(true)}
        className={button.primary}
      >
        Mark fulfilled
      </BusyButton>
      {asking ? (
        <ConfirmDialog
          density="compact"
          title="Mark fulfilled?"
          confirmLabel="Mark fulfilled"
          onConfirm={() => {
            setAsking(false);
            markFulfilled.mutate({ orderId: order.id });
          }}
          onDismiss={() => setAsking(false)}
        >
          <p>
            Order <strong className="text-ink">#{order.number}</strong> is then closed as handed over to{" "}
            {order.contactName}. This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
