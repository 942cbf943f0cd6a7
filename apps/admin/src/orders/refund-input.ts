import type { RouterInputs } from "@petshop/client/react";
import type { RefundFormValues } from "./refund-form";

// Apart from the dialog's rules (refund-form.ts, built with zod): the order page sends what the
// dialog settles on, and should not load zod to do so.

export function toRefundInput(orderId: string, values: RefundFormValues): RouterInputs["payments"]["refund"] {
  return values.scope === "full"
    ? { orderId, reason: values.reason, restock: values.restock }
    : { orderId, amountMinor: values.amount, reason: values.reason, restock: false };
}
