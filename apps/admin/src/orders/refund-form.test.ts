import { describe, expect, it } from "vitest";
import { NEW_REFUND, refundRules, toRefundInput } from "./refund-form";

const orderId = "00000000-0000-4000-8000-000000000001";
const { form } = refundRules(145000, "EUR");

describe("the refund dialog's rules", () => {
  it("send no amount for a full refund: the API refunds what is left", () => {
    const values = form.parse({ ...NEW_REFUND, amount: "12", reason: " Returned ", restock: true });
    expect(toRefundInput(orderId, values)).toEqual({ orderId, reason: "Returned", restock: true });
  });

  it("send a partial amount in cents, never restocking", () => {
    const values = form.parse({ scope: "partial", amount: "39,5", reason: "Vet bill", restock: false });
    expect(toRefundInput(orderId, values)).toEqual({
      orderId,
      amountMinor: 3950,
      reason: "Vet bill",
      restock: false,
    });
  });

  it("refuse what the server would, in the dialog's words", () => {
    const messages = (values: Record<string, unknown>) =>
      form.safeParse(values).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages({ scope: "partial", amount: "0", reason: "", restock: true })).toEqual([
      "amount: The amount must be more than zero.",
      "reason: A reason is required.",
      "restock: Animals go back on sale only with a full refund.",
    ]);
    expect(messages({ scope: "partial", amount: "1450.01", reason: "x", restock: false })).toEqual([
      "amount: At most €1,450.00 is left to refund.",
    ]);
    expect(messages({ scope: "partial", amount: "1450", reason: "x", restock: false })).toBeUndefined();
  });
});
