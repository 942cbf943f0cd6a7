import { useTRPC } from "@petshop/client/react";
import { BusyButton } from "@petshop/ui";
import { apiErrorMessage, hasErrorCode } from "@petshop/ui/forms";
import { useMutation } from "@tanstack/react-query";
import { button } from "../components/buttons";
import type { ReportOutcome } from "./order-outcome";
import type { StaffOrder } from "./staff-order";
import { useOrderCache } from "./useOrderCache";

/**
 * A paid order was handed over. Not asked twice: it is the expected next step, and nothing is
 * taken from anyone (unlike cancelling).
 */
export function MarkFulfilledButton({ order, onOutcome }: { order: StaffOrder; onOutcome: ReportOutcome }) {
  const trpc = useTRPC();
  const cache = useOrderCache();
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

  return (
    <BusyButton
      busy={markFulfilled.isPending}
      busyLabel="Marking…"
      onClick={() => markFulfilled.mutate({ orderId: order.id })}
      className={button.primary}
    >
      Mark fulfilled
    </BusyButton>
  );
}
