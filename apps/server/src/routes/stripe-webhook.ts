import { type ApiDeps, applyPaymentEvent, readStripeEvent, recordUnusableEvent } from "@petshop/api";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type Stripe from "stripe";
import type { AppEnv } from "../hono-env";
import type { ShopMetrics } from "../metrics/shop-metrics";

// POST /webhooks/stripe: Stripe's events, verified against the raw body and the signing secret
// (a bad or stale signature is 400 and changes nothing), then acted on exactly once by
// applyPaymentEvent. Cookies and tokens mean nothing here: only the signature does. A verified
// event we cannot use is stored as refused and answered 200: Stripe retries anything else for days.

/** Stripe's events are a few kilobytes; anything near this is not one. */
const MAX_WEBHOOK_BYTES = 256 * 1024;

/** When Stripe created the event (`created`, Unix seconds), if the payload says. */
function createdAt(event: unknown): number | undefined {
  if (typeof event !== "object" || event === null || !("created" in event)) return undefined;
  return typeof event.created === "number" ? event.created : undefined;
}

export function stripeWebhookRoutes(
  deps: ApiDeps,
  stripe: Stripe,
  webhookSecret: string,
  metrics: Pick<ShopMetrics, "observeWebhookLag"> | null = null,
) {
  return new Hono<AppEnv>().post(
    "/webhooks/stripe",
    bodyLimit({ maxSize: MAX_WEBHOOK_BYTES, onError: (c) => c.json({ error: "Payload too large." }, 413) }),
    async (c) => {
      const signature = c.req.header("stripe-signature");
      if (!signature) return c.json({ error: "Missing Stripe-Signature." }, 400);
      const body = await c.req.text();
      // The SDK types it Stripe.Event, but only the signature was checked: readStripeEvent checks the shape.
      let event: unknown;
      try {
        event = await stripe.webhooks.constructEventAsync(body, signature, webhookSecret);
      } catch (error) {
        c.get("logger").warn({ err: error }, "refused a Stripe webhook with a bad signature");
        return c.json({ error: "Invalid signature." }, 400);
      }
      const created = createdAt(event);
      if (metrics && created !== undefined) {
        metrics.observeWebhookLag("stripe", deps.clock.now().getTime() / 1000 - created);
      }
      const reading = readStripeEvent(event);
      if (reading.kind === "not-handled") return c.json({ received: true, outcome: "not-handled" });
      if (reading.kind === "unusable") {
        const outcome = await recordUnusableEvent(deps.db, "stripe", { ...reading, payload: event });
        c.get("logger").warn(
          { eventId: reading.eventId, type: reading.type, problem: reading.problem, outcome },
          "Stripe event refused: it lacks what the shop needs",
        );
        return c.json({ received: true, outcome });
      }
      const outcome = await applyPaymentEvent(deps.db, deps.jobs, "stripe", reading.event, event);
      if (outcome === "refused") {
        c.get("logger").error(
          { eventId: reading.event.eventId, type: reading.event.type },
          "Stripe event refused: amount or currency differ",
        );
      }
      return c.json({ received: true, outcome });
    },
  );
}
