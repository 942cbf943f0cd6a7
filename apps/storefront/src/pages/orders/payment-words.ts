import type { OrderStatus } from "@petshop/db/constants";
import { formatPrice } from "@petshop/ui";
import type { Order } from "./order-type";

// An order's latest payment attempt as the customer reads it.

type Payment = NonNullable<Order["payment"]>;

export interface PaymentWords {
  text: string;
  /** Whether the customer should act on it (pay again); the colour only repeats the words. */
  tone: "done" | "waiting" | "problem";
}

/** The attempt in a few words, or nothing when the order's own status already says it all. */
export function paymentWords(payment: Payment | null, orderStatus: OrderStatus): PaymentWords | undefined {
  if (!payment) return undefined;
  const amount = (minor: number) => formatPrice(minor, payment.currency);
  if (payment.refundedMinor > 0) {
    const partly = payment.refundedMinor < payment.amountMinor;
    return {
      text: `Refunded ${amount(payment.refundedMinor)}${partly ? ` of ${amount(payment.amountMinor)}` : ""}`,
      tone: "done",
    };
  }
  // Only an order still awaiting payment can be paid again.
  const canRetry = orderStatus === "pending_payment";
  switch (payment.status) {
    case "succeeded":
      return { text: `Paid ${amount(payment.amountMinor)}`, tone: "done" };
    case "failed":
      return {
        text: canRetry ? "Payment declined — you can try again" : "Payment declined",
        tone: "problem",
      };
    case "expired":
      return canRetry ? { text: "Payment timed out — you can try again", tone: "problem" } : undefined;
    case "open":
      // An attempt left open on an order that has ended (cancelled, expired) will never be used.
      return canRetry ? { text: "Payment processing", tone: "waiting" } : undefined;
  }
}
