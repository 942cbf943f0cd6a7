import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callerWith,
  insertAnimal,
  signedInActor,
  type TestActor,
  type TestDeps,
  testDeps,
} from "../../test-support/context";
import { checkoutKey, placeOrder } from "../../test-support/orders";
import { readCatalogueVersion } from "../animals/catalogue-version";
import { mailOrderConfirmation } from "./order-jobs";

let testDb: TestDatabase;
let deps: TestDeps;

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
});
afterAll(() => testDb?.destroy());

const stockOf = async (id: string) =>
  (await testDb.db.selectFrom("animals").select("stock").where("id", "=", id).executeTakeFirstOrThrow())
    .stock;
const ordersOf = (userId: string) =>
  testDb.db.selectFrom("orders").select(["id", "status"]).where("userId", "=", userId).execute();

async function customerWithCart(lines: { animalId: string; quantity: number }[]) {
  const customer = await signedInActor(deps, "customer");
  const { caller } = await callerWith(deps, { cookie: customer.cookie });
  for (const line of lines) await caller.cart.add(line);
  return { customer, caller };
}

const pickup = (customer: TestActor) => ({
  contact: { name: "Ada Lovelace", email: customer.email },
  fulfilment: { method: "pickup" as const },
});

describe("orders.checkout", () => {
  it("reserves the stock, snapshots the lines, empties the cart and mails a confirmation", async () => {
    const puppy = await insertAnimal(testDb.db, { name: "Biscuit", stock: 1, priceMinor: 90_000 });
    const fish = await insertAnimal(testDb.db, { name: "Neon tetra", stock: 40, priceMinor: 300 });
    const { customer, caller } = await customerWithCart([
      { animalId: puppy.id, quantity: 1 },
      { animalId: fish.id, quantity: 10 },
    ]);
    const versionBefore = await readCatalogueVersion(testDb.db);

    const order = await caller.orders.checkout({
      idempotencyKey: checkoutKey(),
      expectedTotalMinor: 93_000,
      ...pickup(customer),
    });

    expect(order).toMatchObject({
      status: "pending_payment",
      totalMinor: 93_000,
      currency: "EUR",
      fulfilment: "pickup",
    });
    expect(order.lines.map((l) => [l.name, l.unitPriceMinor, l.quantity])).toEqual([
      ["Biscuit", 90_000, 1],
      ["Neon tetra", 300, 10],
    ]);
    // Held for the configured 30 minutes from the database's clock.
    const held = Date.parse(order.expiresAt ?? "") - Date.parse(order.createdAt);
    expect(held).toBe(30 * 60_000);
    expect([await stockOf(puppy.id), await stockOf(fish.id)]).toEqual([0, 30]);
    expect((await caller.cart.get()).lines).toEqual([]);
    expect(BigInt(await readCatalogueVersion(testDb.db))).toBeGreaterThan(BigInt(versionBefore));

    // A later price change does not touch the order's snapshot.
    await testDb.db.updateTable("animals").set({ priceMinor: 1 }).where("id", "=", fish.id).execute();
    expect((await caller.orders.byId({ orderId: order.id })).totalMinor).toBe(93_000);

    const events = await testDb.db
      .selectFrom("orderEvents")
      .selectAll()
      .where("orderId", "=", order.id)
      .execute();
    expect(events).toMatchObject([
      {
        kind: "status",
        fromStatus: null,
        toStatus: "pending_payment",
        actorKind: "customer",
        actorId: customer.id,
      },
    ]);
    // The confirmation is a job queued with the order; running it twice, even at once, mails once.
    expect(deps.jobs.sent).toContainEqual({ name: "order-confirmation", payload: { orderId: order.id } });
    const twice = await Promise.all([
      mailOrderConfirmation(deps, order.id),
      mailOrderConfirmation(deps, order.id),
    ]);
    expect(twice.sort()).toEqual(["already-sent", "sent"]);
    expect(await mailOrderConfirmation(deps, order.id)).toBe("already-sent");
    await deps.mailer.settled();
    const mail = await testDb.db
      .selectFrom("mailOutbox")
      .selectAll()
      .where("toAddress", "=", customer.email)
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe(`Your order #${order.number} at Paws & Fins`);
    expect(mail[0]?.bodyText).toContain("10 × Neon tetra");
    // A pickup: the mail says where and when to collect.
    expect(mail[0]?.bodyText).toContain(
      `collect your order at the shop: ${deps.pickup.address}, open ${deps.pickup.hours}.`,
    );
  });

  it("answers CONFLICT with the new total when a price changed, and reserves nothing", async () => {
    const cat = await insertAnimal(testDb.db, { stock: 2, priceMinor: 50_000 });
    const { customer, caller } = await customerWithCart([{ animalId: cat.id, quantity: 1 }]);
    await testDb.db.updateTable("animals").set({ priceMinor: 55_000 }).where("id", "=", cat.id).execute();

    const error = await caller.orders
      .checkout({ idempotencyKey: checkoutKey(), expectedTotalMinor: 50_000, ...pickup(customer) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "CONFLICT",
      cause: {
        details: {
          reason: "price_changed",
          totalMinor: 55_000,
          lines: [{ animalId: cat.id, unitPriceMinor: 55_000 }],
        },
      },
    });
    expect(await stockOf(cat.id)).toBe(2);
    expect(await ordersOf(customer.id)).toEqual([]);
    expect((await caller.cart.get()).itemCount).toBe(1);

    // Confirming the new total goes through.
    await caller.orders.checkout({
      idempotencyKey: checkoutKey(),
      expectedTotalMinor: 55_000,
      ...pickup(customer),
    });
    expect(await stockOf(cat.id)).toBe(1);
  });

  it("answers CONFLICT naming the lines that cannot be had, and reserves none of the others", async () => {
    const plenty = await insertAnimal(testDb.db, { stock: 5, priceMinor: 100 });
    const scarce = await insertAnimal(testDb.db, { name: "Last hamster", stock: 2, priceMinor: 100 });
    const { customer, caller } = await customerWithCart([
      { animalId: plenty.id, quantity: 1 },
      { animalId: scarce.id, quantity: 2 },
    ]);
    await testDb.db.updateTable("animals").set({ stock: 1 }).where("id", "=", scarce.id).execute();

    await expect(
      caller.orders.checkout({ idempotencyKey: checkoutKey(), expectedTotalMinor: 300, ...pickup(customer) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Not available in the quantity you asked for: Last hamster.",
      cause: {
        details: { reason: "unavailable", lines: [{ animalId: scarce.id, quantity: 2, available: 1 }] },
      },
    });
    expect([await stockOf(plenty.id), await stockOf(scarce.id)]).toEqual([5, 1]);
    expect(await ordersOf(customer.id)).toEqual([]);
  });

  it("returns the same order for the same key, and refuses the key for a different cart", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 5, priceMinor: 1_000 });
    const customer = await signedInActor(deps, "customer");
    const key = checkoutKey();
    const first = await placeOrder(deps, customer, [{ animalId: animal.id }], key);
    const { caller } = await callerWith(deps, { cookie: customer.cookie });
    const again = await caller.orders.checkout({
      idempotencyKey: key,
      expectedTotalMinor: 1_000,
      ...pickup(customer),
    });
    expect(again.id).toBe(first.id);
    expect(await stockOf(animal.id)).toBe(4);

    await caller.cart.add({ animalId: animal.id, quantity: 2 });
    await expect(
      caller.orders.checkout({ idempotencyKey: key, expectedTotalMinor: 2_000, ...pickup(customer) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await ordersOf(customer.id)).toHaveLength(1);
    expect(await stockOf(animal.id)).toBe(4);
  });

  it("keeps idempotency keys per customer", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 5 });
    const key = checkoutKey();
    const one = await placeOrder(deps, await signedInActor(deps, "customer"), [{ animalId: animal.id }], key);
    const two = await placeOrder(deps, await signedInActor(deps, "customer"), [{ animalId: animal.id }], key);
    expect(one.id).not.toBe(two.id);
  });

  it("refuses an empty cart, an anonymous visitor, and a delivery without an address", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 5, priceMinor: 100 });
    const { customer, caller } = await customerWithCart([]);
    await expect(
      caller.orders.checkout({ idempotencyKey: checkoutKey(), expectedTotalMinor: 0, ...pickup(customer) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Your cart is empty." });

    const anonymous = (await callerWith(deps)).caller;
    await anonymous.cart.add({ animalId: animal.id });
    await expect(
      anonymous.orders.checkout({
        idempotencyKey: checkoutKey(),
        expectedTotalMinor: 100,
        ...pickup(customer),
      }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    await caller.cart.add({ animalId: animal.id });
    const error = await caller.orders
      .checkout({
        idempotencyKey: checkoutKey(),
        expectedTotalMinor: 100,
        contact: { name: "Ada", email: customer.email },
        // @ts-expect-error: a delivery must say where to
        fulfilment: { method: "delivery" },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [{ path: ["fulfilment", "address"] }] },
    });
    expect(await stockOf(animal.id)).toBe(5);
    expect(await ordersOf(customer.id)).toEqual([]);
  });

  it("records a delivery address, its postal code as the country writes it, and mails it by name", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 5, priceMinor: 100 });
    const { customer, caller } = await customerWithCart([{ animalId: animal.id, quantity: 1 }]);
    const address = { line1: "1 Harbour Road", postalCode: "d02x285", city: "Dublin", country: "ie" };
    const order = await caller.orders.checkout({
      idempotencyKey: checkoutKey(),
      expectedTotalMinor: 100,
      contact: { name: "Ada", email: customer.email, phone: "+353 1 234 5678" },
      fulfilment: { method: "delivery", address },
      note: "Ring twice",
    });
    expect(order).toMatchObject({
      fulfilment: "delivery",
      deliveryAddress: { ...address, postalCode: "D02 X285", country: "IE" },
      contactPhone: "+353 1 234 5678",
      note: "Ring twice",
    });

    await mailOrderConfirmation(deps, order.id);
    await deps.mailer.settled();
    const mail = await testDb.db
      .selectFrom("mailOutbox")
      .select("bodyText")
      .where("toAddress", "=", customer.email)
      .executeTakeFirstOrThrow();
    expect(mail.bodyText).toContain("We will deliver to: 1 Harbour Road, D02 X285 Dublin, Ireland.");
  });

  it("refuses a real country the shop does not deliver to, under the address's country", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 5, priceMinor: 100 });
    const { customer } = await customerWithCart([{ animalId: animal.id, quantity: 1 }]);
    // The same shop, set to deliver in Ireland only.
    const { caller } = await callerWith({ ...deps, deliveryCountries: ["IE"] }, { cookie: customer.cookie });
    const deliverTo = (address: { line1: string; postalCode: string; city: string; country: string }) =>
      caller.orders
        .checkout({
          idempotencyKey: checkoutKey(),
          expectedTotalMinor: 100,
          contact: { name: "Ada", email: customer.email },
          fulfilment: { method: "delivery", address },
        })
        .catch((e: unknown) => e);

    for (const [address, name] of [
      [{ line1: "Odos Ermou 10", postalCode: "105 63", city: "Athens", country: "GR" }, "Greece"],
      [{ line1: "8 rue de Rivoli", postalCode: "75004", city: "Paris", country: "FR" }, "France"],
    ] as const) {
      expect(await deliverTo(address)).toMatchObject({
        code: "BAD_REQUEST",
        message: `We do not deliver to ${name}.`,
        cause: {
          issues: [{ path: ["fulfilment", "address", "country"], message: `We do not deliver to ${name}.` }],
        },
      });
    }
    expect(await stockOf(animal.id)).toBe(5);
    expect(await ordersOf(customer.id)).toEqual([]);

    const order = await deliverTo({
      line1: "1 Main Street",
      postalCode: "A65 F4E2",
      city: "Ennis",
      country: "IE",
    });
    expect(order).toMatchObject({ fulfilment: "delivery", status: "pending_payment" });
  });
});

describe("orders.deliveryCountries", () => {
  it("names the countries the shop delivers to, in the order it set, for anyone", async () => {
    const { caller } = await callerWith({ ...deps, deliveryCountries: ["IE", "GB", "DE"] });
    expect(await caller.orders.deliveryCountries()).toEqual([
      { code: "IE", name: "Ireland" },
      { code: "GB", name: "United Kingdom" },
      { code: "DE", name: "Germany" },
    ]);
  });
});

describe("orders.pickupPoint", () => {
  it("says where and when pickup orders are collected, as the shop set it, to anyone", async () => {
    const pickup = { address: "1 Quay Street, Galway", hours: "Every day, 9:00 to 17:00" };
    const { caller } = await callerWith({ ...deps, pickup });
    expect(await caller.orders.pickupPoint()).toEqual(pickup);
  });
});
