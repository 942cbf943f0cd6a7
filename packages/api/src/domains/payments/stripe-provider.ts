import Stripe from "stripe";
import type { PaymentProvider } from "./provider";

// Stripe through its official SDK: one Checkout Session per payment attempt, refunds through the
// Refunds API, and webhook events verified and turned into the shop's PaymentEvents. Amounts and
// currency always come from the order on our side. Its webhook events are read by stripe-events.ts.

export interface StripeSettings {
  secretKey: string;
  webhookSecret: string;
  /** Tests point the SDK at a local fake Stripe; production leaves these unset. */
  api?: { host: string; port: number; protocol: "http" | "https" };
}

/** Stripe wants a Checkout Session to live at least 30 minutes; a shorter hold is covered by the late-payment path. */
const MIN_SESSION_MS = 31 * 60_000;

/** Stripe's refund status in the shop's words. */
export const refundStatus = (status: string | null): "pending" | "succeeded" | "failed" =>
  status === "succeeded" ? "succeeded" : status === "failed" || status === "canceled" ? "failed" : "pending";

/** The id of an expandable field, whether Stripe sent the id or the object. */
export const idOf = (value: string | { id: string } | null) =>
  typeof value === "string" ? value : (value?.id ?? null);

export function stripeClient(settings: StripeSettings): Stripe {
  return new Stripe(settings.secretKey, {
    maxNetworkRetries: 2,
    ...(settings.api
      ? { host: settings.api.host, port: settings.api.port, protocol: settings.api.protocol }
      : {}),
  });
}

export function stripePaymentProvider(
  settings: StripeSettings,
  stripe = stripeClient(settings),
): PaymentProvider {
  return {
    kind: "stripe",
    async createCheckout(request) {
      const expiresAt = Math.max(request.expiresAt.getTime(), Date.now() + MIN_SESSION_MS);
      const session = await stripe.checkout.sessions.create(
        {
          mode: "payment",
          customer_email: request.customerEmail,
          client_reference_id: request.orderId,
          line_items: request.lines.map((line) => ({
            quantity: line.quantity,
            price_data: {
              currency: request.currency.toLowerCase(),
              unit_amount: line.unitPriceMinor,
              product_data: { name: line.name },
            },
          })),
          expires_at: Math.floor(expiresAt / 1000),
          metadata: {
            orderId: request.orderId,
            paymentId: request.paymentId,
            orderNumber: request.orderNumber,
          },
          payment_intent_data: { metadata: { orderId: request.orderId, paymentId: request.paymentId } },
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
        },
        // A retried "Pay" for the same attempt is the same session at Stripe.
        { idempotencyKey: `checkout-${request.paymentId}` },
      );
      if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL`);
      return { sessionId: session.id, redirectUrl: session.url };
    },
    async refund(request) {
      const paymentIntent =
        request.providerPaymentId ??
        idOf((await stripe.checkout.sessions.retrieve(request.providerSessionId)).payment_intent);
      if (!paymentIntent)
        throw new Error(`Stripe session ${request.providerSessionId} has no payment to refund`);
      const refund = await stripe.refunds.create(
        {
          payment_intent: paymentIntent,
          amount: request.amountMinor,
          metadata: { refundId: request.refundId },
        },
        { idempotencyKey: `refund-${request.refundId}` },
      );
      return { providerRefundId: refund.id, status: refundStatus(refund.status) };
    },
  };
}
