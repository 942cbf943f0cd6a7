import { useTRPC } from "@petshop/client/react";
import { BusyButton } from "@petshop/ui";
import { ConfirmDialog } from "@petshop/ui/dialogs";
import { apiErrorMessage } from "@petshop/ui/forms";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { button } from "../../components/buttons";
import { FormError } from "../../components/form";
import type { Order } from "./order-type";

interface CancelOrderProps {
  order: Order;
  /** The button goes with the pending status; the page moves focus to what replaces it. */
  onCancelled: () => void;
}

/** Cancels an unpaid order, after asking: its animals go back on sale and it cannot be undone. */
export function CancelOrder({ order, onCancelled }: CancelOrderProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const cancel = useMutation(
    trpc.orders.cancel.mutationOptions({
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.orders.byId.queryKey({ orderId: updated.id }), updated);
        onCancelled();
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.orders.list.pathKey() }),
          // The animals are on sale again.
          queryClient.invalidateQueries({ queryKey: trpc.animals.pathKey() }),
        ]);
      },
      // Paid or expired meanwhile: show the order as it is now, next to the reason it was refused.
      onError: () =>
        queryClient.invalidateQueries({ queryKey: trpc.orders.byId.queryKey({ orderId: order.id }) }),
    }),
  );

  return (
    <div className="flex flex-col gap-2">
      <BusyButton
        busy={cancel.isPending}
        busyLabel="Cancelling…"
        onClick={() => setAsking(true)}
        className={`${button.quiet} self-start hover:border-red-600 hover:text-red-700`}
      >
        Cancel order
      </BusyButton>
      <FormError message={cancel.isError ? apiErrorMessage(cancel.error) : undefined} />
      {asking ? (
        <ConfirmDialog
          title="Cancel this order?"
          confirmLabel="Cancel order"
          dismissLabel="Keep my order"
          onConfirm={() => {
            setAsking(false);
            cancel.mutate({ orderId: order.id });
          }}
          onDismiss={() => setAsking(false)}
        >
          Your animals go back on sale straight away, and the order cannot be restored.
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
