import { useTRPC } from "@petshop/client/react";
import { formatPrice } from "@petshop/ui";
import { apiErrorMessage, hasErrorCode } from "@petshop/ui/forms";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { button } from "../components/buttons";
import type { ReportOutcome } from "./order-outcome";
import type { RefundFormValues } from "./refund-form";
import { toRefundInput } from "./refund-input";
import type { Refundable } from "./refundable";
import type { StaffOrder } from "./staff-order";
import { useOrderCache } from "./useOrderCache";
import { useOrderForms } from "./useOrderForms";

interface RefundActionProps {
  order: StaffOrder;
  /** The paid attempt and what is left of it; only offered while something is. */
  refundable: Refundable;
  onOutcome: ReportOutcome;
}

/** "Refund…": opens the refund dialog, sends what it settles on, and shows the order afterwards. */
export function RefundAction({ order, refundable, onOutcome }: RefundActionProps) {
  const trpc = useTRPC();
  const cache = useOrderCache();
  const refund = useMutation(trpc.payments.refund.mutationOptions());
  const [open, setOpen] = useState(false);
  const { RefundDialog } = useOrderForms();

  const send = async (values: RefundFormValues) => {
    onOutcome(null);
    try {
      await refund.mutateAsync(toRefundInput(order.id, values));
    } catch (error) {
      if (!hasErrorCode(error, "CONFLICT")) throw error;
      // The order moved meanwhile (refunded by someone else, or no longer paid): the dialog's
      // question is gone, so it closes and the refusal is said in the status panel, which stays.
      setOpen(false);
      void cache.reload(order.id);
      onOutcome({ kind: "refused", text: apiErrorMessage(error) });
      return;
    }
    // The API answers with the refund's id alone; the dialog stays ("Refunding…") until the page
    // shows the order as it now stands, so there is never a moment with the old sum on offer.
    await cache.reload(order.id);
    setOpen(false);
    onOutcome({ kind: "done", text: doneText(order, refundable, values) });
  };

  return (
    <>
      <button
        type="button"
        className={button.secondary}
        onClick={() => {
          onOutcome(null);
          setOpen(true);
        }}
      >
        Refund…
      </button>
      {open ? (
        <RefundDialog order={order} refundable={refundable} onRefund={send} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}

function doneText(order: StaffOrder, { leftMinor, attempt }: Refundable, values: RefundFormValues) {
  const sum = values.scope === "full" ? leftMinor : values.amount;
  const money = `${formatPrice(sum, attempt.currency)} is on its way back to the customer.`;
  if (sum < leftMinor) return money;
  const animals = values.restock ? "; its animals are back on sale" : "";
  return `${money} Order #${order.number} is refunded${animals}.`;
}
