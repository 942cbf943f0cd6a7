import { zodResolver } from "@hookform/resolvers/zod";
import { staffCancelInput } from "@petshop/api/schemas";
import { useTRPC } from "@petshop/client/react";
import { ConfirmDialog } from "@petshop/ui/dialogs";
import { apiErrorMessage, hasErrorCode, showServerErrors, TextField } from "@petshop/ui/forms";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { button } from "../components/buttons";
import { ErrorAlert } from "../components/ErrorAlert";
import type { ReportOutcome } from "./order-outcome";
import type { StaffOrder } from "./staff-order";
import { useOrderCache } from "./useOrderCache";

const reasonSchema = staffCancelInput.pick({ reason: true });
type ReasonInput = z.input<typeof reasonSchema>;
type Reason = z.output<typeof reasonSchema>;

/**
 * Cancels an unpaid order: a reason first (it goes on the timeline), then a confirmation, since
 * the customer loses their hold and the animals go back on sale at once, for good.
 */
export function CancelOrderForm({ order, onOutcome }: { order: StaffOrder; onOutcome: ReportOutcome }) {
  const trpc = useTRPC();
  const cache = useOrderCache();
  const cancel = useMutation(trpc.orders.adminCancel.mutationOptions());
  /** The checked reason while the confirmation is open. */
  const [asking, setAsking] = useState<string | null>(null);
  const form = useForm<ReasonInput, unknown, Reason>({
    resolver: zodResolver(reasonSchema),
    defaultValues: { reason: "" },
  });
  const { errors } = form.formState;
  const animals = order.lines.reduce((sum, line) => sum + line.quantity, 0);

  const onSubmit = form.handleSubmit(({ reason }) => {
    onOutcome(null);
    setAsking(reason);
  });

  const confirm = async (reason: string) => {
    setAsking(null);
    try {
      const changed = await cancel.mutateAsync({ orderId: order.id, reason });
      cache.store(changed);
      onOutcome({
        kind: "done",
        text: `Order #${changed.number} is cancelled; its animals are back on sale.`,
      });
    } catch (error) {
      if (hasErrorCode(error, "CONFLICT")) {
        // The order moved meanwhile (paid, expired): this form goes once the page shows it as it
        // stands, so the refusal is said in the status panel, which stays.
        cache.reload(order.id);
        onOutcome({ kind: "refused", text: apiErrorMessage(error) });
        return;
      }
      showServerErrors(error, form.setError, ["reason"]);
    }
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Cancel this order" className="mt-3 flex flex-col gap-2">
      {errors.root?.server ? <ErrorAlert>{errors.root.server.message}</ErrorAlert> : null}
      <TextField
        density="compact"
        label="Reason for cancelling"
        autoComplete="off"
        maxLength={500}
        hint="Kept on the timeline, e.g. “Customer asked by phone”"
        error={errors.reason?.message}
        {...form.register("reason")}
      />
      <button type="submit" disabled={cancel.isPending} className={`${button.danger} self-start`}>
        {cancel.isPending ? "Cancelling…" : "Cancel order"}
      </button>
      {asking !== null ? (
        <ConfirmDialog
          density="compact"
          title={`Cancel order #${order.number}?`}
          confirmLabel="Cancel order"
          dismissLabel="Keep order"
          onConfirm={() => void confirm(asking)}
          onDismiss={() => setAsking(null)}
        >
          <p>
            {order.customer.name} loses the hold, and{" "}
            {animals === 1 ? "the animal goes" : `the ${animals} animals go`} back on sale at once. This
            cannot be undone.
          </p>
          <p className="mt-2">Reason: “{asking}”</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
