import type { PaymentProvider } from "./provider";

// The embedded default: the customer pays on a page our own server shows (apps/server, /pay/local),
// whose buttons produce the same events as Stripe's webhook. No keys, no network.

/** Where the local payment page for attempt `paymentId` lives. */
export const localPaymentPath = (paymentId: string) => `/pay/local/${paymentId}`;

export function localPaymentProvider(publicUrl: string): PaymentProvider {
  return {
    kind: "local",
    async createCheckout(request) {
      return {
        sessionId: request.paymentId,
        redirectUrl: `${publicUrl}${localPaymentPath(request.paymentId)}`,
      };
    },
    async refund(request) {
      // Nothing to call: the money never left; the refund is complete at once.
      return { providerRefundId: `local_${request.refundId}`, status: "succeeded" };
    },
  };
}
