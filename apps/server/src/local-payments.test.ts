import { expireOverdueOrders } from "@petshop/api";
import { callerWith, insertAnimal, placeOrder, signedInActor } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "./test-support/app";

// The local payment provider end to end through the real app: the page, its two buttons, and the
// order they move.

let testDb: TestDatabase;
let shop: TestApp;

beforeAll(async () => {
  testDb = await createTestDatabase();
  shop = testApp(testDb.db);
});
afterAll(() => testDb?.destroy());

async function openAttempt() {
  const animal = await insertAnimal(testDb.db, { stock: 2, priceMinor: 42_000 });
  const customer = await signedInActor(shop.deps, "customer");
  const order = await placeOrder(shop.deps, customer, [{ animalId: animal.id }]);
  const { caller } = await callerWith(shop.deps, { cookie: customer.cookie });
  const { redirectUrl } = await caller.payments.start({ orderId: order.id });
  return { order, caller, path: new URL(redirectUrl).pathname };
}

const post = (path: string) =>
  shop.app.request(path, { method: "POST", headers: { origin: shop.deps.publicUrl } });

describe("the local payment page", () => {
  it("shows the order's total and pays it, once however often it is posted", async () => {
    const { order, caller, path } = await openAttempt();
    const page = await shop.app.request(path);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain(`Pay order #${order.number}`);
    expect(text).toContain("€420.00");

    const paid = await post(`${path}/pay`);
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(
      `${shop.deps.publicUrl}/account/orders/${order.id}?payment=returned`,
    );
    expect((await post(`${path}/pay`)).status).toBe(303);

    expect(await caller.payments.status({ orderId: order.id })).toMatchObject({
      orderStatus: "paid",
      payment: { status: "succeeded", amountMinor: 42_000 },
    });
    const paidEvents = await testDb.db
      .selectFrom("orderEvents")
      .select("id")
      .where("orderId", "=", order.id)
      .where("toStatus", "=", "paid")
      .execute();
    expect(paidEvents).toHaveLength(1);
    expect(await (await shop.app.request(path)).text()).toContain("This payment is closed");
  });

  it("declines: the order still awaits payment, then expires in its time", async () => {
    const { order, caller, path } = await openAttempt();
    const declined = await post(`${path}/decline`);
    expect(declined.headers.get("location")).toContain("?payment=cancelled");
    expect(await caller.payments.status({ orderId: order.id })).toMatchObject({
      orderStatus: "pending_payment",
      payment: { status: "failed" },
    });
    await expireOverdueOrders(testDb.db, new Date(Date.parse(order.expiresAt ?? "") + 1));
    expect((await caller.payments.status({ orderId: order.id })).orderStatus).toBe("expired");
  });

  it("answers 404 for an unknown or malformed attempt", async () => {
    expect((await shop.app.request("/pay/local/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await shop.app.request("/pay/local/not-an-id")).status).toBe(404);
    expect((await post("/pay/local/00000000-0000-4000-8000-000000000000/pay")).status).toBe(404);
  });
});
