import { type ApiDeps, applyPaymentEvent } from "@petshop/api";
import { formatPrice } from "@petshop/db/constants";
import { Hono } from "hono";
import { html } from "hono/html";
import { z } from "zod";
import type { AppEnv } from "../hono-env";

// The local payment provider's page: what Stripe's hosted checkout is when Stripe is configured.
// It shows the order and two buttons; each produces the event Stripe's webhook would, through the
// same processing (applyPaymentEvent), so the whole journey runs with no keys and no network. The
// attempt's unguessable id in the URL is what lets the holder pay, as with Stripe's checkout URL.

const paymentId = z.uuid();

async function attempt(deps: ApiDeps, id: string) {
  if (!paymentId.safeParse(id).success) return undefined;
  return deps.db
    .selectFrom("payments")
    .innerJoin("orders", "orders.id", "payments.orderId")
    .select([
      "payments.id",
      "payments.status",
      "payments.amountMinor",
      "payments.currency",
      "payments.expiresAt",
      "orders.id as orderId",
      "orders.number",
    ])
    .where("payments.id", "=", id)
    .where("payments.provider", "=", "local")
    .executeTakeFirst();
}

const page = (title: string, body: unknown) => html`<!doctype html>
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title} · Paws & Fins</title>
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <style>
        body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; color: #1c1917; }
        .card { border: 1px solid #d6d3d1; border-radius: 0.5rem; padding: 1.25rem; }
        .amount { font-size: 2rem; font-weight: 600; margin: 0.5rem 0 1rem; }
        form { display: inline; }
        button { font: inherit; padding: 0.6rem 1.2rem; border-radius: 0.375rem; border: 1px solid #065f46; cursor: pointer; }
        .pay { background: #065f46; color: white; margin-right: 0.5rem; }
        .decline { background: white; color: #065f46; }
        button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
        .note { color: #57534e; font-size: 0.875rem; }
      </style>
    </head>
    <body>
      <main class="card">${body}</main>
    </body>
  </html>`;

export function localPaymentRoutes(deps: ApiDeps) {
  const returnUrl = (orderId: string, how: "returned" | "cancelled") =>
    `${deps.publicUrl}/account/orders/${orderId}?payment=${how}`;

  return new Hono<AppEnv>()
    .get("/pay/local/:id", async (c) => {
      const found = await attempt(deps, c.req.param("id"));
      if (!found) return c.html(page("Payment not found", html`<h1>Payment not found</h1>`), 404);
      c.header("Cache-Control", "no-store");
      if (found.status !== "open") {
        return c.html(
          page(
            "Payment closed",
            html`<h1>This payment is closed</h1>
              <p>
                <a href="${returnUrl(found.orderId, found.status === "succeeded" ? "returned" : "cancelled")}"
                  >Back to order #${found.number}</a
                >
              </p>`,
          ),
        );
      }
      return c.html(
        page(
          `Pay order #${found.number}`,
          html`<h1>Pay order #${found.number}</h1>
            <p class="amount">${formatPrice(found.amountMinor, found.currency)}</p>
            <form method="post" action="/pay/local/${found.id}/pay"><button class="pay" type="submit">Pay</button></form>
            <form method="post" action="/pay/local/${found.id}/decline">
              <button class="decline" type="submit">Decline</button>
            </form>
            <p class="note">The shop's own test payment page: no card, no money moves.</p>`,
        ),
      );
    })
    .post("/pay/local/:id/:choice{pay|decline}", async (c) => {
      const found = await attempt(deps, c.req.param("id"));
      if (!found) return c.html(page("Payment not found", html`<h1>Payment not found</h1>`), 404);
      const paid = c.req.param("choice") === "pay";
      // One event per attempt and choice: pressing twice (or reposting) is the same event.
      const eventId = `local_${found.id}_${paid ? "paid" : "declined"}`;
      const event = paid
        ? ({
            type: "checkout.completed",
            eventId,
            sessionId: found.id,
            paymentIntentId: null,
            paid: true,
            amountMinor: found.amountMinor,
            currency: found.currency,
          } as const)
        : ({ type: "checkout.async_payment_failed", eventId, sessionId: found.id } as const);
      const outcome = await applyPaymentEvent(deps.db, deps.jobs, "local", event, event);
      c.get("logger").info({ paymentId: found.id, event: event.type, outcome }, "local payment event");
      return c.redirect(returnUrl(found.orderId, paid ? "returned" : "cancelled"), 303);
    });
}
