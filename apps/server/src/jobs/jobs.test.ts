import { insertAnimal, signedInActor } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../app";
import { testApp } from "../test-support/app";
import { type StartedQueue, startJobQueue } from "./job-queue";
import { startWorkers } from "./workers";

// The real job queue (pg-boss) on the test database, PGlite or PostgreSQL: jobs queued by a
// checkout through the HTTP app are run by the workers, exactly once, and only if committed.

let testDb: TestDatabase;
let started: StartedQueue;
let app: ReturnType<typeof testApp>;
let http: ReturnType<typeof createApp>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const logger = (await import("pino")).default({ level: "silent" });
  started = await startJobQueue({ db: testDb.db, pglite: testDb.pglite, url: testDb.url ?? null, logger });
  app = testApp(testDb.db);
  http = createApp({ ...app.deps, jobs: started.queue });
  await startWorkers(
    started.boss,
    { ...app.deps, queue: started.queue, logger },
    { pollingIntervalSeconds: 0.5 },
  );
});
afterAll(async () => {
  await started?.boss.stop({ graceful: false, wait: true, timeout: 5_000 });
  await testDb?.destroy();
});

async function trpc(path: string, cookie: string, body: unknown) {
  const response = await http.request(`/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: app.deps.publicUrl },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as { result?: { data: { id: string } } } };
}

describe("the job queue", () => {
  it("mails the confirmation of an order placed over HTTP, once", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 2, priceMinor: 4_000 });
    const customer = await signedInActor(app.deps, "customer");
    expect((await trpc("cart.add", customer.cookie, { animalId: animal.id })).status).toBe(200);
    const placed = await trpc("orders.checkout", customer.cookie, {
      idempotencyKey: "jobs-test-key-1",
      expectedTotalMinor: 4_000,
      contact: { name: "Job Tester", email: customer.email },
      fulfilment: { method: "pickup" },
    });
    expect(placed.status).toBe(200);
    const orderId = placed.json.result?.data.id ?? "";

    await vi.waitFor(
      async () => {
        const order = await testDb.db
          .selectFrom("orders")
          .select("confirmationMailedAt")
          .where("id", "=", orderId)
          .executeTakeFirstOrThrow();
        expect(order.confirmationMailedAt).not.toBeNull();
      },
      { timeout: 20_000, interval: 250 },
    );
    const mail = await testDb.db
      .selectFrom("mailOutbox")
      .select("subject")
      .where("toAddress", "=", customer.email)
      .execute();
    expect(mail).toHaveLength(1);
  });

  it("drops a job queued in a transaction that rolled back", async () => {
    const before = await started.boss.getQueueSize("order-confirmation", { before: "completed" });
    await expect(
      testDb.db.transaction().execute(async (trx) => {
        await started.queue.send(
          "order-confirmation",
          { orderId: "00000000-0000-4000-8000-000000000000" },
          trx,
        );
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await started.boss.getQueueSize("order-confirmation", { before: "completed" })).toBe(before);
  });

  it("expires an unpaid order past its hold and returns its stock", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 1, priceMinor: 100 });
    const customer = await signedInActor(app.deps, "customer");
    await trpc("cart.add", customer.cookie, { animalId: animal.id });
    const placed = await trpc("orders.checkout", customer.cookie, {
      idempotencyKey: "jobs-test-key-2",
      expectedTotalMinor: 100,
      contact: { name: "Job Tester", email: customer.email },
      fulfilment: { method: "pickup" },
    });
    const orderId = placed.json.result?.data.id ?? "";
    await testDb.db
      .updateTable("orders")
      .set({ expiresAt: "2000-01-01T00:00:00Z" })
      .where("id", "=", orderId)
      .execute();

    // The schedule fires each minute; a job sent now does the same work at once.
    await started.boss.send("expire-orders", {});
    await vi.waitFor(
      async () => {
        const order = await testDb.db
          .selectFrom("orders")
          .select("status")
          .where("id", "=", orderId)
          .executeTakeFirstOrThrow();
        expect(order.status).toBe("expired");
      },
      { timeout: 20_000, interval: 250 },
    );
    const { stock } = await testDb.db
      .selectFrom("animals")
      .select("stock")
      .where("id", "=", animal.id)
      .executeTakeFirstOrThrow();
    expect(stock).toBe(1);
  });
});
