import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerWith, insertAnimal, signedInActor, type TestDeps, testDeps } from "../../test-support/context";

let testDb: TestDatabase;
let deps: TestDeps;

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
});
afterAll(() => testDb?.destroy());

/** The `cart=…` pair of a response's Set-Cookie, ready to send back as a Cookie header. */
function cartCookieFrom(resHeaders: Headers): string | undefined {
  for (const line of resHeaders.getSetCookie()) {
    const match = /^(cart=[^;]*)/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/** An anonymous visitor who keeps the cart cookie the server gave them. */
async function visitor() {
  let cookie: string | undefined;
  return async () => {
    const call = await callerWith(deps, cookie ? { cookie } : {});
    return {
      caller: call.caller,
      keepCookie: () => {
        cookie = cartCookieFrom(call.resHeaders) ?? cookie;
        return cookie;
      },
    };
  };
}

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : error);

describe("an anonymous visitor's cart", () => {
  it("starts with the first add, is found again by its cookie, and shows today's prices", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 3, priceMinor: 12_000 });
    const next = await visitor();
    const first = await next();
    expect((await first.caller.cart.get()).lines).toEqual([]);
    await first.caller.cart.add({ animalId: animal.id, quantity: 2 });
    expect(first.keepCookie()).toMatch(/^cart=[a-z2-7]{32}$/);

    await testDb.db.updateTable("animals").set({ priceMinor: 15_000 }).where("id", "=", animal.id).execute();
    const cart = await (await next()).caller.cart.get();
    expect(cart.lines).toMatchObject([
      { animalId: animal.id, quantity: 2, unitPriceMinor: 15_000, problem: null },
    ]);
    expect(cart).toMatchObject({
      itemCount: 2,
      subtotalMinor: 30_000,
      currency: "EUR",
      readyForCheckout: true,
    });
  });

  it("stores only a hash of the cookie's token", async () => {
    const animal = await insertAnimal(testDb.db);
    const { caller, resHeaders } = await callerWith(deps);
    await caller.cart.add({ animalId: animal.id });
    const token = cartCookieFrom(resHeaders)?.slice("cart=".length) ?? "";
    const stored = await testDb.db
      .selectFrom("carts")
      .select("tokenHash")
      .where("tokenHash", "=", token)
      .execute();
    expect(stored).toEqual([]);
  });

  it("never holds more than the stock available, and a refused add changes nothing", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 2 });
    const next = await visitor();
    const first = await next();
    await first.caller.cart.add({ animalId: animal.id, quantity: 2 });
    first.keepCookie();
    const { caller } = await next();
    await expect(caller.cart.add({ animalId: animal.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Only 2 available; you asked for 3.",
    });
    await expect(caller.cart.setQuantity({ animalId: animal.id, quantity: 3 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await caller.cart.get()).lines.map((l) => l.quantity)).toEqual([2]);
  });

  it.each([
    ["zero", 0],
    ["negative", -1],
    ["fractional", 1.5],
    ["huge", 1_000_000],
  ])("refuses a %s quantity as BAD_REQUEST naming the field", async (_name, quantity) => {
    const animal = await insertAnimal(testDb.db, { stock: 5 });
    const { caller } = await callerWith(deps);
    const error = await caller.cart.add({ animalId: animal.id, quantity }).catch((e: unknown) => e);
    expect(codeOf(error)).toBe("BAD_REQUEST");
    expect(error).toMatchObject({ cause: { issues: [{ path: ["quantity"] }] } });
    expect(await testDb.db.selectFrom("cartLines").where("animalId", "=", animal.id).execute()).toEqual([]);
  });

  it.each([
    ["a draft", { status: "draft" as const }],
    ["an archived listing", { status: "archived" as const }],
  ])("refuses %s as not for sale", async (_name, overrides) => {
    const animal = await insertAnimal(testDb.db, overrides);
    const { caller } = await callerWith(deps);
    await expect(caller.cart.add({ animalId: animal.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses an unknown animal and a malformed id", async () => {
    const { caller } = await callerWith(deps);
    await expect(caller.cart.add({ animalId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    await expect(caller.cart.add({ animalId: "not-an-id" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses a sold-out animal", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 0 });
    const { caller } = await callerWith(deps);
    await expect(caller.cart.add({ animalId: animal.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("a cart whose animals change", () => {
  it("flags lines that cannot be bought instead of dropping them", async () => {
    const gone = await insertAnimal(testDb.db, { stock: 2, priceMinor: 1_000 });
    const fewer = await insertAnimal(testDb.db, { stock: 3, priceMinor: 2_000 });
    const fine = await insertAnimal(testDb.db, { stock: 3, priceMinor: 4_000 });
    const customer = await signedInActor(deps, "customer");
    const { caller } = await callerWith(deps, { cookie: customer.cookie });
    await caller.cart.add({ animalId: gone.id });
    await caller.cart.add({ animalId: fewer.id, quantity: 3 });
    await caller.cart.add({ animalId: fine.id });

    await testDb.db.updateTable("animals").set({ status: "archived" }).where("id", "=", gone.id).execute();
    await testDb.db.updateTable("animals").set({ stock: 1 }).where("id", "=", fewer.id).execute();
    const cart = await caller.cart.get();
    expect(cart.lines.map((l) => [l.animalId, l.problem, l.available])).toEqual([
      [gone.id, "unavailable", 0],
      [fewer.id, "not_enough_stock", 1],
      [fine.id, null, 3],
    ]);
    expect(cart).toMatchObject({ itemCount: 5, subtotalMinor: 4_000, readyForCheckout: false });

    await caller.cart.remove({ animalId: gone.id });
    await caller.cart.setQuantity({ animalId: fewer.id, quantity: 1 });
    expect(await caller.cart.get()).toMatchObject({
      itemCount: 2,
      subtotalMinor: 6_000,
      readyForCheckout: true,
    });
    expect(await caller.cart.clear()).toMatchObject({ lines: [], itemCount: 0, readyForCheckout: false });
  });
});

describe("signing in with an anonymous cart", () => {
  it("merges it into the user's cart, capped by stock, and forgets the anonymous one", async () => {
    const shared = await insertAnimal(testDb.db, { stock: 3 });
    const onlyAnonymous = await insertAnimal(testDb.db, { stock: 5 });
    const soldOut = await insertAnimal(testDb.db, { stock: 1 });
    const customer = await signedInActor(deps, "customer");
    await (await callerWith(deps, { cookie: customer.cookie })).caller.cart.add({
      animalId: shared.id,
      quantity: 2,
    });

    const next = await visitor();
    const first = await next();
    await first.caller.cart.add({ animalId: shared.id, quantity: 2 });
    const cartCookie = first.keepCookie() ?? "";
    const same = (await next()).caller;
    await same.cart.add({ animalId: onlyAnonymous.id, quantity: 4 });
    await same.cart.add({ animalId: soldOut.id });
    await testDb.db.updateTable("animals").set({ stock: 0 }).where("id", "=", soldOut.id).execute();

    const login = await callerWith(deps, { cookie: cartCookie });
    await login.caller.users.login({ email: customer.email, password: customer.password });
    expect(login.resHeaders.getSetCookie()).toContainEqual(expect.stringMatching(/^cart=; Max-Age=0/));

    const cart = await (await callerWith(deps, { cookie: customer.cookie })).caller.cart.get();
    expect(cart.lines.map((l) => [l.animalId, l.quantity])).toEqual([
      [shared.id, 3],
      [onlyAnonymous.id, 4],
    ]);
    // The old cookie finds nothing any more.
    expect((await (await callerWith(deps, { cookie: cartCookie })).caller.cart.get()).lines).toEqual([]);
  });
});
