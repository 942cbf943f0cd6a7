import { stripeClient, stripePaymentProvider } from "@petshop/api";
import { callerWith, insertAnimal, placeOrder, signedInActor } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app";
import { testApp } from "./test-support/app";
import { startFakeStripe } from "./test-support/fake-stripe";

// Correctly signed Stripe events of a shape the shop cannot use. Each is answered 2xx (Stripe
// retries anything else for days), stored once as refused, logged as a warning, and changes
// nothing; a redelivery is recognised. NUL characters, which PostgreSQL's text and jsonb refuse,
// never turn into a 500.

const WEBHOOK_SECRET = "whsec_test_unusable";

let testDb: TestDatabase;
let fake: Awaited<ReturnType<typeof startFakeStripe>>;
let shop: ReturnType<typeof testApp>["deps"];
let app: ReturnType<typeof createApp>;
const logLines: { level: number; msg: string }[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  fake = await startFakeStripe();
  const settings = { secretKey: "sk_test_unusable", webhookSecret: WEBHOOK_SECRET, api: fake.api };
  const client = stripeClient(settings);
  const logger = pino({ level: "warn" }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
  shop = { ...testApp(testDb.db, { logger }).deps, payments: stripePaymentProvider(settings, client) };
  app = createApp({ ...shop, stripeWebhook: { client, secret: WEBHOOK_SECRET } });
});
afterAll(async () => {
  await fake?.close();
  await testDb?.destroy();
});

function deliver(payload: string) {
  const signature = stripeClient({
    secretKey: "sk_test_unusable",
    webhookSecret: WEBHOOK_SECRET,
  }).webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
  return app.request("/webhooks/stripe", {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  });
}

const envelope = (id: string, type: string) => ({
  id,
  object: "event",
  type,
  api_version: "2025-01-01",
  created: Math.floor(Date.now() / 1000),
});

/** What the database holds besides the events: it must not change. */
async function snapshot() {
  const [orders, payments, refunds, events] = await Promise.all([
    testDb.db.selectFrom("orders").select(["id", "status", "attention"]).orderBy("id").execute(),
    testDb.db.selectFrom("payments").select(["id", "status", "refundedMinor"]).orderBy("id").execute(),
    testDb.db.selectFrom("refunds").select(["id", "status"]).orderBy("id").execute(),
    testDb.db.selectFrom("paymentEvents").select("id").execute(),
  ]);
  return { orders, payments, refunds, eventCount: events.length, jobCount: shop.jobs.sent.length };
}

async function orderAtStripe() {
  const animal = await insertAnimal(testDb.db, { name: "Pepper", stock: 2, priceMinor: 30_000 });
  const customer = await signedInActor(shop, "customer");
  const order = await placeOrder(shop, customer, [{ animalId: animal.id }]);
  const { caller } = await callerWith(shop, { cookie: customer.cookie });
  const { redirectUrl } = await caller.payments.start({ orderId: order.id });
  return { order, sessionId: redirectUrl.split("/").at(-1) ?? "" };
}

describe("POST /webhooks/stripe with a signed event of an unexpected shape", () => {
  it.each([
    ["no data", { ...envelope("evt_no_data", "checkout.session.completed") }],
    [
      "a null data.object",
      { ...envelope("evt_null_object", "checkout.session.completed"), data: { object: null } },
    ],
    [
      "a data.object of the wrong type",
      { ...envelope("evt_string_object", "checkout.session.expired"), data: { object: "cs_test_1" } },
    ],
    [
      "a session without an id",
      {
        ...envelope("evt_no_session_id", "checkout.session.completed"),
        data: { object: { amount_total: 1 } },
      },
    ],
    [
      "a refund whose id holds a NUL",
      {
        ...envelope("evt_nul_refund", "refund.updated"),
        data: { object: { id: "re_\u0000x", status: "succeeded" } },
      },
    ],
  ])("with %s: 200, stored once as refused, a warning, nothing else changed", async (_label, event) => {
    const before = await snapshot();
    logLines.length = 0;

    const first = await deliver(JSON.stringify(event));
    const again = await deliver(JSON.stringify(event));

    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, outcome: "refused" });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ received: true, outcome: "duplicate" });
    const stored = await testDb.db
      .selectFrom("paymentEvents")
      .select(["provider", "type", "outcome", "paymentId", "payload"])
      .where("providerEventId", "=", event.id)
      .execute();
    expect(stored).toEqual([
      {
        provider: "stripe",
        type: event.type,
        outcome: "refused",
        paymentId: null,
        payload: expect.anything(),
      },
    ]);
    expect(await snapshot()).toEqual({ ...before, eventCount: before.eventCount + 1 });
    expect(logLines.map((l) => [l.level, l.msg])).toEqual([
      [40, "Stripe event refused: it lacks what the shop needs"],
      [40, "Stripe event refused: it lacks what the shop needs"],
    ]);
  });

  it("refuses an event whose own id holds a NUL, keyed by its body, and knows it again", async () => {
    const payload = JSON.stringify({
      ...envelope("evt_\u0000nul", "checkout.session.expired"),
      data: { object: { id: "cs_test_x" } },
    });
    const before = await snapshot();

    const answers = [await deliver(payload), await deliver(payload)];

    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(await Promise.all(answers.map((a) => a.json()))).toEqual([
      { received: true, outcome: "refused" },
      { received: true, outcome: "duplicate" },
    ]);
    const after = await snapshot();
    expect(after.eventCount).toBe(before.eventCount + 1);
    const stored = await testDb.db
      .selectFrom("paymentEvents")
      .select(["providerEventId", "payload"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(stored.providerEventId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(stored.payload).toMatchObject({ id: "evt_\uFFFDnul" });
  });

  it("refuses a body that is JSON but not an event (no id, no type)", async () => {
    const answer = await deliver(JSON.stringify({ hello: "world" }));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ received: true, outcome: "refused" });
  });

  it("acts on a good event with a NUL in its metadata, keeping the payload without it", async () => {
    const { order, sessionId } = await orderAtStripe();
    const session = { ...fake.pay(sessionId), metadata: { note: "a\u0000b", "k\u0000": "v" } };
    const event = {
      ...envelope(`evt_meta_${sessionId}`, "checkout.session.completed"),
      data: { object: session },
    };

    const answer = await deliver(JSON.stringify(event));

    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ received: true, outcome: "applied" });
    const { status } = await testDb.db
      .selectFrom("orders")
      .select("status")
      .where("id", "=", order.id)
      .executeTakeFirstOrThrow();
    expect(status).toBe("paid");
    const stored = await testDb.db
      .selectFrom("paymentEvents")
      .select("payload")
      .where("providerEventId", "=", event.id)
      .executeTakeFirstOrThrow();
    expect(stored.payload).toMatchObject({
      data: { object: { metadata: { note: "a\uFFFDb", "k\uFFFD": "v" } } },
    });
  });

  it("ignores an event type the shop does not act on, storing nothing, even with a NUL or no data", async () => {
    const before = await snapshot();
    const answers = await Promise.all([
      deliver(
        JSON.stringify({
          ...envelope("evt_customer", "customer.created"),
          data: { object: { id: "cus_1" } },
        }),
      ),
      deliver(JSON.stringify({ ...envelope("evt_\u0000other", "invoice.paid\u0000") })),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(await Promise.all(answers.map((a) => a.json()))).toEqual([
      { received: true, outcome: "not-handled" },
      { received: true, outcome: "not-handled" },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});
