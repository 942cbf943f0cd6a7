import { z } from "zod";
import type { PaymentEvent } from "./provider";
import { idOf, refundStatus } from "./stripe-provider";

// A verified Stripe event, read into the shop's PaymentEvent. The signature proves Stripe sent the
// bytes, not that they have the shape we need (a test event from the dashboard, an API version we
// did not expect, a hand-signed body), so the fields we use are checked before anything is done.

/**
 * Stripe's ids are short printable ASCII. Anything else is not one, and could not be stored or
 * indexed anyway (a NUL in a text column, a key too long for the unique index).
 */
const stripeId = z.string().regex(/^[!-~]{1,255}$/, "not a Stripe id");

// Absent money fields are let through as before: the amount check then refuses the payment.
const checkoutSession = z.object({
  id: stripeId,
  payment_intent: z.union([stripeId, z.object({ id: stripeId })]).nullish(),
  amount_total: z.number().int().nullish(),
  currency: z.string().nullish(),
  payment_status: z.string(),
});

const eventOf = <T extends readonly [string, ...string[]], O extends z.ZodType>(types: T, object: O) =>
  z.object({ id: stripeId, type: z.literal(types), data: z.object({ object }) });

const PAID_TYPES = ["checkout.session.completed", "checkout.session.async_payment_succeeded"] as const;
const CLOSED_TYPES = ["checkout.session.async_payment_failed", "checkout.session.expired"] as const;
const REFUND_TYPES = ["refund.updated", "refund.created"] as const;

const handledEvent = z.discriminatedUnion("type", [
  eventOf(PAID_TYPES, checkoutSession),
  eventOf(CLOSED_TYPES, z.object({ id: stripeId })),
  eventOf(REFUND_TYPES, z.object({ id: stripeId, status: z.string().nullable() })),
]);
type HandledEvent = z.infer<typeof handledEvent>;

const HANDLED_TYPES: ReadonlySet<string> = new Set([...PAID_TYPES, ...CLOSED_TYPES, ...REFUND_TYPES]);

export type StripeEventReading =
  | { kind: "event"; event: PaymentEvent }
  /** A kind of event the shop does not act on. */
  | { kind: "not-handled"; type: string }
  /** Signed, but without what we need: kept as refused, so Stripe may stop sending it. */
  | { kind: "unusable"; eventId: string | null; type: string; problem: string };

function toPaymentEvent(event: HandledEvent): PaymentEvent {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      const common = {
        eventId: event.id,
        sessionId: session.id,
        paymentIntentId: idOf(session.payment_intent ?? null),
        amountMinor: session.amount_total ?? -1,
        currency: (session.currency ?? "").toUpperCase(),
      };
      return event.type === "checkout.session.completed"
        ? { type: "checkout.completed", ...common, paid: session.payment_status !== "unpaid" }
        : { type: "checkout.async_payment_succeeded", ...common };
    }
    case "checkout.session.async_payment_failed":
      return { type: "checkout.async_payment_failed", eventId: event.id, sessionId: event.data.object.id };
    case "checkout.session.expired":
      return { type: "checkout.expired", eventId: event.id, sessionId: event.data.object.id };
    case "refund.updated":
    case "refund.created":
      return {
        type: "refund.updated",
        eventId: event.id,
        providerRefundId: event.data.object.id,
        status: refundStatus(event.data.object.status),
      };
  }
}

const envelope = z.object({ id: z.unknown(), type: z.unknown() });

/** What a verified Stripe event means to the shop; see StripeEventReading. */
export function readStripeEvent(verified: unknown): StripeEventReading {
  const outer = envelope.safeParse(verified);
  const type = outer.success && typeof outer.data.type === "string" ? outer.data.type : null;
  if (type !== null && !HANDLED_TYPES.has(type)) return { kind: "not-handled", type };
  const parsed = handledEvent.safeParse(verified);
  if (parsed.success) return { kind: "event", event: toPaymentEvent(parsed.data) };
  const id = stripeId.safeParse(outer.success ? outer.data.id : undefined);
  const issue = parsed.error.issues[0];
  return {
    kind: "unusable",
    eventId: id.success ? id.data : null,
    type: type ?? "(none)",
    problem: issue ? `${issue.path.join(".") || "event"}: ${issue.message}` : "unreadable",
  };
}
