import { refundInput } from "@petshop/api/schemas";
import type { RouterInputs } from "@petshop/client/react";
import { formatPrice } from "@petshop/ui";
import { showServerErrors } from "@petshop/ui/forms";
import type { UseFormSetError } from "react-hook-form";
import { z } from "zod";
import { EURO_AMOUNT_PATTERN, toMinorUnits } from "../lib/euros";

const fields = refundInput.shape;

/** A partial refund's amount: typed in euros, sent in cents, never more than is left. */
function refundAmount(leftMinor: number, currency: string) {
  return z
    .string()
    .trim()
    .regex(EURO_AMOUNT_PATTERN, { error: "Enter an amount like 40 or 39.50" })
    .transform(toMinorUnits)
    .pipe(
      fields.amountMinor
        .unwrap()
        .max(leftMinor, { error: `At most ${formatPrice(leftMinor, currency)} is left to refund.` }),
    );
}

/**
 * The refund dialog's rules: the API's own (refundInput) for the reason, the amount and restocking,
 * with the amount held to what is left, as the server would hold it. `amount` alone is for saying
 * the sum while it is typed. Refunding everything left sends no amount: "what is left" is the
 * API's own default.
 */
export function refundRules(leftMinor: number, currency: string) {
  const amount = refundAmount(leftMinor, currency);
  const form = z.discriminatedUnion("scope", [
    z.object({
      scope: z.literal("full"),
      // Kept while hidden, so going back to a partial refund does not lose what was typed.
      amount: z.string(),
      reason: fields.reason,
      restock: fields.restock,
    }),
    z.object({
      scope: z.literal("partial"),
      amount,
      reason: fields.reason,
      restock: fields.restock.refine((restock) => !restock, {
        error: "Animals go back on sale only with a full refund.",
      }),
    }),
  ]);
  return { amount, form };
}

type RefundFormSchema = ReturnType<typeof refundRules>["form"];
export type RefundFormInput = z.input<RefundFormSchema>;
/** What the dialog hands over once valid: a partial refund's `amount` is in cents by then. */
export type RefundFormValues = z.output<RefundFormSchema>;

export const NEW_REFUND: RefundFormInput = { scope: "full", amount: "", reason: "", restock: false };

// Kept apart (refund-input.ts) so the order page can send a refund without loading these rules.
export { toRefundInput } from "./refund-input";

/** The API's field names for what this dialog shows as `amount`, `reason` and `restock`. */
type ApiFields = Pick<RouterInputs["payments"]["refund"], "amountMinor" | "reason" | "restock">;

/**
 * The server's verdict, where it belongs: its `amountMinor` is this dialog's amount in euros;
 * anything without a field here goes to the dialog's alert.
 */
export function showRefundErrors(error: unknown, setError: UseFormSetError<RefundFormInput>): void {
  showServerErrors<ApiFields>(
    error,
    (name, option) => setError(name === "amountMinor" ? "amount" : name, option),
    ["amountMinor", "reason", "restock"],
  );
}
