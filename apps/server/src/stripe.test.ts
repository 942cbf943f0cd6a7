import { sendRefundToProvider, stripeClient, stripePaymentProvider } from "@petshop/api";
import { callerWith, insertAnimal, placeOrder, signedInActor } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app";
import { createShopMetrics, type ShopMetrics } from "./metrics/shop-metrics";
import { testApp } from "./test-support/app";
import { startFakeStripe } from "./test-support/fake-stripe";

// Stripe for real, against a local fake of its API: the SDK's requests, Checkout Sessions made
// from the order, signed webhooks delivered repeatedly and out of order through the real app, and
// refunds through the Refunds API.

const WEBHOOK_SECRET = "whsec_test_petshop";

let testDb: TestDatabase;
let fake: Awaited<ReturnType<typeof startFakeStripe>>;
let shop: ReturnType<typeof testApp>["deps"];
let app: ReturnType<typeof createApp>;
let metrics: ShopMetrics;
const stripe = () =>
  stripeClient({ secretKey: "sk_test_petshop", webhookSecret: WEBHOOK_SECRET, api: fake.api });

beforeAll(async () => {
  testDb = await createTestDatabase();
  fake = await startFakeStripe();
  const settings = { secretKey: "sk_test_petshop", webhookSecret: WEBHOOK_SECRET, api: fake.api };
  const client = stripeClient(settings);
  shop = { ...testApp(testDb.db).deps, payments: stripePaymentProvider(settings, client) };
  metrics = createShopMetrics({ db: testDb.db, poolUse: null });
  app = createApp({ ...shop, stripeWebhook: { client, secret: WEBHOOK_SECRET }, metrics });
});
afterAll(async () => {
  await fake?.close();
  await testDb?.destroy();
});

async function orderAtStripe(priceMinor = 80_000) {
  const animal = await insertAnimal(testDb.db, { name: "Pepper", stock: 2, priceMinor });
  const customer = await signedInActor(shop, "customer");
  const order = await placeOrder(shop, customer, [{ animalId: animal.id }]);
  const { caller } = await callerWith(shop, { cookie: customer.cookie });
  const { redirectUrl } = await caller.payments.start({ orderId: order.id });
  const sessionId = redirectUrl.split("/").at(-1) ?? "";
  return { animal, customer, order, caller, redirectUrl, sessionId };
}

function stripeEvent(id: string, type: string, object: Record<string, unknown>) {
  return JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2025-01-01",
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });
}

function deliver(payload: string, signature?: string, headers: Record<string, string> = {}) {
  return app.request("/webhooks/stripe", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "stripe-signature":
        signature ?? stripe().webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }),
      ...headers,
    },
    body: payload,
  });
}

const statusOf = async (orderId: string) =>
  (await testDb.db.selectFrom("orders").select("status").where("id", "=", orderId).executeTakeFirstOrThrow())
    .status;

describe("Stripe Checkout", () => {
  it("opens one session per attempt from the order's own lines and total", async () => {
    const { order, caller, redirectUrl, sessionId } = await orderAtStripe();
    expect(redirectUrl).toBe(`https://checkout.stripe.test/c/pay/${sessionId}`);
    const created = fake.requests.filter((r) => r.path === "/v1/checkout/sessions");
    const request = created.at(-1);
    expect(request?.idempotencyKey).toMatch(/^checkout-[0-9a-f-]{36}$/);
    expect(request?.params.get("line_items[0][price_data][unit_amount]")).toBe("80000");
    expect(request?.params.get("line_items[0][price_data][currency]")).toBe("eur");
    expect(request?.params.get("line_items[0][price_data][product_data][name]")).toBe("Pepper");
    expect(request?.params.get("metadata[orderId]")).toBe(order.id);

    // Pressing "Pay" again reuses the open session: no second request to Stripe.
    expect(await caller.payments.start({ orderId: order.id })).toEqual({ redirectUrl });
    expect(fake.requests.filter((r) => r.path === "/v1/checkout/sessions")).toHaveLength(created.length);
  });
});

describe("POST /webhooks/stripe", () => {
  it("pays the order once when the completion arrives 5 times at once, with an expiry out of order", async () => {
    const { order, sessionId } = await orderAtStripe();
    const session = fake.pay(sessionId);
    const completed = stripeEvent(`evt_done_${sessionId}`, "checkout.session.completed", session);
    const expired = stripeEvent(`evt_exp_${sessionId}`, "checkout.session.expired", {
      ...session,
      status: "expired",
    });

    const answers = await Promise.all([
      deliver(expired),
      ...Array.from({ length: 5 }, () => deliver(completed)),
      deliver(expired),
    ]);

    expect(answers.map((a) => a.status)).toEqual(Array(7).fill(200));
    expect(await statusOf(order.id)).toBe("paid");
    const paid = await testDb.db
      .selectFrom("orderEvents")
      .select("id")
      .where("orderId", "=", order.id)
      .where("toStatus", "=", "paid")
      .execute();
    expect(paid).toHaveLength(1);
    expect(
      shop.jobs.sent.filter((j) => j.name === "payment-receipt" && j.payload.orderId === order.id),
    ).toHaveLength(1);
    const stored = await testDb.db
      .selectFrom("paymentEvents")
      .select("providerEventId")
      .where("providerEventId", "in", [`evt_done_${sessionId}`, `evt_exp_${sessionId}`])
      .execute();
    expect(stored).toHaveLength(2);
  });

  it("times how late each verified event arrives after Stripe made it, for the metrics", async () => {
    const lag = async () => {
      const text = await metrics.registry.metrics();
      const sum = /^petshop_payment_webhook_lag_seconds_sum\{provider="stripe"\} (\S+)$/m.exec(text);
      const count = /^petshop_payment_webhook_lag_seconds_count\{provider="stripe"\} (\S+)$/m.exec(text);
      return { sum: Number(sum?.[1] ?? 0), count: Number(count?.[1] ?? 0) };
    };
    const before = await lag();
    const made = Math.floor(shop.clock.now().getTime() / 1000) - 90;
    const late = JSON.stringify({
      ...JSON.parse(stripeEvent("evt_late", "customer.created", {})),
      created: made,
    });
    expect((await deliver(late)).status).toBe(200);
    expect((await deliver(late, "t=1,v1=forged")).status).toBe(400);
    const after = await lag();
    expect(after.count - before.count).toBe(1);
    expect(after.sum - before.sum).toBeCloseTo(90, 0);
  });

  it("refuses a wrong signature, a stale timestamp and a missing header, changing nothing", async () => {
    const { order, sessionId } = await orderAtStripe();
    const payload = stripeEvent(`evt_bad_${sessionId}`, "checkout.session.completed", fake.pay(sessionId));
    const wrongSecret = stripe().webhooks.generateTestHeaderString({ payload, secret: "whsec_someone_else" });
    const stale = stripe().webhooks.generateTestHeaderString({
      payload,
      secret: WEBHOOK_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 3_600,
    });
    const staff = await signedInActor(shop, "staff");

    expect((await deliver(payload, wrongSecret)).status).toBe(400);
    expect((await deliver(payload, stale)).status).toBe(400);
    // A cookie is no substitute for a signature.
    expect((await deliver(payload, "t=1,v1=nothing", { cookie: staff.cookie })).status).toBe(400);
    const unsigned = await app.request("/webhooks/stripe", { method: "POST", body: payload });
    expect(unsigned.status).toBe(400);
    expect(await statusOf(order.id)).toBe("pending_payment");
    const stored = await testDb.db
      .selectFrom("paymentEvents")
      .select("id")
      .where("providerEventId", "=", `evt_bad_${sessionId}`)
      .execute();
    expect(stored).toEqual([]);
  });

  it("refuses a correctly signed event whose amount differs from the order's", async () => {
    const { order, sessionId } = await orderAtStripe();
    const session = { ...fake.pay(sessionId), amount_total: 1 };
    const answer = await deliver(stripeEvent(`evt_amt_${sessionId}`, "checkout.session.completed", session));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ outcome: "refused" });
    expect(await statusOf(order.id)).toBe("pending_payment");
  });

  it("refuses a signed body that is not JSON, and ignores an API token", async () => {
    const malformed = "{not json";
    expect((await deliver(malformed)).status).toBe(400);
    const answer = await deliver("{}", "t=1,v1=x", { authorization: "Bearer pst_not_a_signature" });
    expect(answer.status).toBe(400);
  });

  it("answers 413 to an oversized body before reading it", async () => {
    const answer = await deliver("x".repeat(300 * 1024), "t=1,v1=x");
    expect(answer.status).toBe(413);
  });
});

describe("refunds through Stripe", () => {
  it("surfaces Stripe's refusal, so the job fails and is retried, and records nothing as refunded", async () => {
    const { order, sessionId } = await orderAtStripe(10_000);
    await deliver(stripeEvent(`evt_paid_x_${sessionId}`, "checkout.session.completed", fake.pay(sessionId)));
    const payment = await testDb.db
      .selectFrom("payments")
      .select(["providerSessionId", "providerPaymentId"])
      .where("orderId", "=", order.id)
      .executeTakeFirstOrThrow();
    await expect(
      shop.payments.refund({ refundId: "manual-too-much", ...payment, amountMinor: 10_001 }),
    ).rejects.toThrow(/greater than unrefunded amount/);
  });

  it("refunds part then the rest through the Refunds API, once per refund", async () => {
    const { order, sessionId } = await orderAtStripe(50_000);
    await deliver(stripeEvent(`evt_paid_${sessionId}`, "checkout.session.completed", fake.pay(sessionId)));
    const staff = (await callerWith(shop, { cookie: (await signedInActor(shop, "staff")).cookie })).caller;

    const part = await staff.payments.refund({ orderId: order.id, amountMinor: 20_000, reason: "Vet visit" });
    expect(await sendRefundToProvider(testDb.db, shop.payments, shop.jobs, part.refundId)).toBe("sent");
    expect(await sendRefundToProvider(testDb.db, shop.payments, shop.jobs, part.refundId)).toBe(
      "already-sent",
    );
    const rest = await staff.payments.refund({ orderId: order.id, reason: "Returned", restock: true });
    expect(await sendRefundToProvider(testDb.db, shop.payments, shop.jobs, rest.refundId)).toBe("sent");

    const refunds = fake.requests.filter(
      (r) => r.path === "/v1/refunds" && r.params.get("payment_intent") === `pi_test_${sessionId}`,
    );
    expect(
      refunds.map((r) => [r.idempotencyKey, r.params.get("amount"), r.params.get("payment_intent")]),
    ).toEqual([
      [`refund-${part.refundId}`, "20000", `pi_test_${sessionId}`],
      [`refund-${rest.refundId}`, "30000", `pi_test_${sessionId}`],
    ]);
    expect(await statusOf(order.id)).toBe("refunded");
    const payment = await testDb.db
      .selectFrom("payments")
      .select("refundedMinor")
      .where("orderId", "=", order.id)
      .executeTakeFirstOrThrow();
    expect(payment.refundedMinor).toBe(50_000);
  });
});
