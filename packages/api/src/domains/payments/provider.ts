import type { PaymentProviderKind } from "@petshop/db";

// The one seam between the shop and whoever takes the money. Stripe implements it with its SDK;
// the local provider (the embedded default) with a page of our own. Both report back through the
// same events (payment-events.ts), so the order's life does not depend on which one took the money.

/** What a provider needs to open a payment attempt; amounts come from the order, never a client. */
export interface CheckoutRequest {
  /** Our attempt id: the provider's idempotency key and its reference back to us. */
  paymentId: string;
  orderId: string;
  orderNumber: string;
  amountMinor: number;
  currency: string;
  lines: { name: string; unitPriceMinor: number; quantity: number }[];
  customerEmail: string;
  /** The attempt ends with the order's hold. */
  expiresAt: Date;
  /** Where the customer returns after paying, or after giving up. */
  successUrl: string;
  cancelUrl: string;
}

export interface RefundRequest {
  /** Our refund id: the provider's idempotency key. */
  refundId: string;
  providerSessionId: string;
  providerPaymentId: string | null;
  amountMinor: number;
}

export interface PaymentProvider {
  kind: PaymentProviderKind;
  /** Opens an attempt at the provider; returns its id there and where to send the customer. */
  createCheckout(request: CheckoutRequest): Promise<{ sessionId: string; redirectUrl: string }>;
  /** Asks the provider to refund; a refund may complete later (a `refund.updated` event). */
  refund(
    request: RefundRequest,
  ): Promise<{ providerRefundId: string; status: "pending" | "succeeded" | "failed" }>;
}

/** A provider's event, in the shop's words; Stripe's webhook and the local page both produce these. */
export type PaymentEvent =
  | {
      /** The customer finished at the provider; `paid` is false while a bank transfer is pending. */
      type: "checkout.completed";
      eventId: string;
      sessionId: string;
      paymentIntentId: string | null;
      paid: boolean;
      amountMinor: number;
      currency: string;
    }
  | {
      type: "checkout.async_payment_succeeded";
      eventId: string;
      sessionId: string;
      paymentIntentId: string | null;
      amountMinor: number;
      currency: string;
    }
  | { type: "checkout.async_payment_failed" | "checkout.expired"; eventId: string; sessionId: string }
  | {
      type: "refund.updated";
      eventId: string;
      providerRefundId: string;
      status: "pending" | "succeeded" | "failed";
    };
