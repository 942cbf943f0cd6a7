import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { type TRPC_ERROR_CODE_KEY, TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root";
import {
  callerWith,
  insertAnimal,
  sessionTokenFrom,
  signedInActor,
  type TestActor,
  type TestDeps,
  testDeps,
} from "./test-support/context";
import { placeOrder } from "./test-support/orders";

// Who may call what: every procedure × every kind of caller, each cell the expected outcome.
// A procedure missing from this table fails the first test, so new work must add its row.

const ACTORS = ["anonymous", "customerB", "admin", "staff", "customerA"] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = "ok" | TRPC_ERROR_CODE_KEY;
type Caller = Awaited<ReturnType<typeof callerWith>>["caller"];

/** The accounts and objects one row works with; created fresh for every row. */
interface Fixture {
  actors: Record<Exclude<Actor, "anonymous">, TestActor>;
  /** The actor making the call, if signed in. */
  self: TestActor | undefined;
  /** A second session of customer A (an object only A may touch). */
  customerASecondSession: string;
  /** An API token of the staff member. */
  staffTokenId: string;
  /** A customer nobody here is, for role and disable changes. */
  bystanderId: string;
  animalSlug: string;
  /** A draft listing: staff see and edit it, nobody else sees it. */
  draftAnimalId: string;
  /** A unique email for this call. */
  freshEmail: string;
  /** An active listing in stock, for carts. */
  animalId: string;
  /** A new order of customer A awaiting payment, and a new paid one. */
  pendingOrder: () => Promise<string>;
  paidOrder: () => Promise<string>;
}

interface Row {
  call: (caller: Caller, f: Fixture) => Promise<unknown>;
  expected: Record<Actor, Outcome>;
}

const everyone = (outcome: Outcome): Record<Actor, Outcome> =>
  Object.fromEntries(ACTORS.map((a) => [a, outcome])) as Record<Actor, Outcome>;
const signedIn: Record<Actor, Outcome> = { ...everyone("ok"), anonymous: "UNAUTHORIZED" };
const staffOnly: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  customerA: "FORBIDDEN",
  customerB: "FORBIDDEN",
  staff: "ok",
  admin: "ok",
};
const adminOnly: Record<Actor, Outcome> = { ...staffOnly, staff: "FORBIDDEN" };

/** Only the order's own customer; for everyone else it does not exist. */
const ownOrderOnly: Record<Actor, Outcome> = {
  ...everyone("NOT_FOUND"),
  anonymous: "UNAUTHORIZED",
  customerA: "ok",
};

const spareLogin = { email: "spare@example.test", password: "spare account secret" };

const staffSeeDraft: Record<Actor, Outcome> = {
  ...staffOnly,
  anonymous: "NOT_FOUND",
  customerA: "NOT_FOUND",
  customerB: "NOT_FOUND",
};
const newListing = {
  name: "Matrix Pup",
  species: "dog",
  breed: "Beagle",
  sex: "male",
  birthDate: "2026-08-01",
  description: "",
  priceMinor: 1000,
  currency: "EUR",
} as const;

const matrix: Record<string, Row> = {
  "animals.list": { call: (c) => c.animals.list({}), expected: everyone("ok") },
  "animals.bySlug": { call: (c, f) => c.animals.bySlug({ slug: f.animalSlug }), expected: everyone("ok") },
  "animals.facets": { call: (c) => c.animals.facets({}), expected: everyone("ok") },
  "animals.byId": { call: (c, f) => c.animals.byId({ id: f.draftAnimalId }), expected: staffSeeDraft },
  "animals.create": { call: (c) => c.animals.create(newListing), expected: staffOnly },
  "animals.update": {
    call: async (c, f) =>
      c.animals.update({ id: f.draftAnimalId, version: await versionOf(f.draftAnimalId), ...newListing }),
    expected: staffOnly,
  },
  "animals.setStatus": {
    call: (c, f) => c.animals.setStatus({ id: f.draftAnimalId, status: "archived" }),
    expected: staffOnly,
  },
  // No such picture: staff reach the procedure, which answers NOT_FOUND.
  "animals.setPrimaryImage": {
    call: (c, f) => c.animals.setPrimaryImage({ id: f.draftAnimalId, url: "/media/animals/none.png" }),
    expected: { ...staffOnly, staff: "NOT_FOUND", admin: "NOT_FOUND" },
  },
  "animals.removeImage": {
    call: (c, f) => c.animals.removeImage({ id: f.draftAnimalId, url: "/media/animals/none.png" }),
    expected: { ...staffOnly, staff: "NOT_FOUND", admin: "NOT_FOUND" },
  },
  "animals.adjustStock": {
    call: (c, f) => c.animals.adjustStock({ id: f.draftAnimalId, delta: 1, reason: "Found one more" }),
    expected: staffOnly,
  },
  "animals.importBatch": {
    call: (c, f) =>
      c.animals.importBatch({
        rows: [
          { ...newListing, slug: `matrix-import-${f.freshEmail.split("@")[0]}`, stock: 1, status: "draft" },
        ],
      }),
    expected: staffOnly,
  },
  "animals.exportPage": { call: (c) => c.animals.exportPage({ limit: 5 }), expected: staffOnly },
  "users.register": {
    call: (c, f) => c.users.register({ email: f.freshEmail, name: "New", password: "a brand new secret" }),
    expected: everyone("ok"),
  },
  "users.login": {
    call: (c, f) => c.users.login(f.self ? { email: f.self.email, password: f.self.password } : spareLogin),
    expected: everyone("ok"),
  },
  "users.logout": { call: (c) => c.users.logout(), expected: signedIn },
  "users.me": { call: (c) => c.users.me(), expected: everyone("ok") },
  "users.updateProfile": { call: (c) => c.users.updateProfile({ name: "Renamed" }), expected: signedIn },
  "users.changePassword": {
    call: (c, f) =>
      c.users.changePassword({
        currentPassword: f.self?.password ?? "none at all",
        newPassword: "another fine secret",
      }),
    expected: signedIn,
  },
  "users.requestPasswordReset": {
    call: (c, f) => c.users.requestPasswordReset({ email: f.actors.customerA.email }),
    expected: everyone("ok"),
  },
  // A forged token: everyone reaches the procedure, which refuses the token.
  "users.resetPassword": {
    call: (c) => c.users.resetPassword({ token: "a".repeat(32), newPassword: "another fine secret" }),
    expected: everyone("BAD_REQUEST"),
  },
  "users.listSessions": { call: (c) => c.users.listSessions(), expected: signedIn },
  "users.revokeSession": {
    call: (c, f) => c.users.revokeSession({ id: f.customerASecondSession }),
    expected: {
      anonymous: "UNAUTHORIZED",
      customerB: "NOT_FOUND",
      staff: "NOT_FOUND",
      admin: "NOT_FOUND",
      customerA: "ok",
    },
  },
  "users.list": { call: (c) => c.users.list({}), expected: staffOnly },
  "users.byId": { call: (c, f) => c.users.byId({ id: f.actors.customerA.id }), expected: staffOnly },
  "users.setRole": {
    call: (c, f) => c.users.setRole({ id: f.bystanderId, role: "staff" }),
    expected: adminOnly,
  },
  "users.setDisabled": {
    call: (c, f) => c.users.setDisabled({ id: f.bystanderId, disabled: true }),
    expected: adminOnly,
  },
  "users.createApiToken": { call: (c) => c.users.createApiToken({ name: "script" }), expected: staffOnly },
  "users.listApiTokens": { call: (c) => c.users.listApiTokens(), expected: staffOnly },
  "users.revokeApiToken": {
    call: (c, f) => c.users.revokeApiToken({ id: f.staffTokenId }),
    expected: { ...staffOnly, admin: "NOT_FOUND" },
  },
  "cart.get": { call: (c) => c.cart.get(), expected: everyone("ok") },
  "cart.add": { call: (c, f) => c.cart.add({ animalId: f.animalId }), expected: everyone("ok") },
  // Nobody has this animal in their cart: everyone reaches the procedure, which says so.
  "cart.setQuantity": {
    call: (c, f) => c.cart.setQuantity({ animalId: f.animalId, quantity: 1 }),
    expected: everyone("NOT_FOUND"),
  },
  "cart.remove": { call: (c, f) => c.cart.remove({ animalId: f.animalId }), expected: everyone("ok") },
  "cart.clear": { call: (c) => c.cart.clear(), expected: everyone("ok") },
  // Empty carts: signed-in callers reach the procedure, which refuses an empty cart.
  "orders.checkout": {
    call: (c, f) =>
      c.orders.checkout({
        idempotencyKey: `matrix-${f.freshEmail}`,
        expectedTotalMinor: 0,
        contact: { name: "Matrix", email: f.freshEmail },
        fulfilment: { method: "pickup" },
      }),
    expected: { ...everyone("BAD_REQUEST"), anonymous: "UNAUTHORIZED" },
  },
  "orders.deliveryCountries": { call: (c) => c.orders.deliveryCountries(), expected: everyone("ok") },
  "orders.pickupPoint": { call: (c) => c.orders.pickupPoint(), expected: everyone("ok") },
  "orders.list": { call: (c) => c.orders.list({}), expected: signedIn },
  "orders.byId": {
    call: async (c, f) => c.orders.byId({ orderId: await f.pendingOrder() }),
    expected: ownOrderOnly,
  },
  "orders.cancel": {
    call: async (c, f) => c.orders.cancel({ orderId: await f.pendingOrder() }),
    expected: ownOrderOnly,
  },
  "orders.adminList": { call: (c) => c.orders.adminList({}), expected: staffOnly },
  "orders.adminById": {
    call: async (c, f) => c.orders.adminById({ orderId: await f.pendingOrder() }),
    expected: staffOnly,
  },
  "orders.adminByNumber": {
    call: async (c, f) => c.orders.adminByNumber({ number: await numberOf(await f.pendingOrder()) }),
    expected: staffOnly,
  },
  "orders.exportLines": {
    call: (c) => c.orders.exportLines({ from: "2026-11-01", to: "2026-11-30" }),
    expected: staffOnly,
  },
  "orders.markFulfilled": {
    call: async (c, f) => c.orders.markFulfilled({ orderId: await f.paidOrder() }),
    expected: staffOnly,
  },
  "orders.adminCancel": {
    call: async (c, f) => c.orders.adminCancel({ orderId: await f.pendingOrder(), reason: "Matrix" }),
    expected: staffOnly,
  },
  "orders.addNote": {
    call: async (c, f) => c.orders.addNote({ orderId: await f.pendingOrder(), text: "Matrix note" }),
    expected: staffOnly,
  },
  "payments.start": {
    call: async (c, f) => c.payments.start({ orderId: await f.pendingOrder() }),
    expected: ownOrderOnly,
  },
  "payments.status": {
    call: async (c, f) => c.payments.status({ orderId: await f.pendingOrder() }),
    expected: ownOrderOnly,
  },
  // Paid without a captured payment: staff reach the procedure, which finds nothing to refund.
  "payments.refund": {
    call: async (c, f) => c.payments.refund({ orderId: await f.paidOrder(), reason: "Matrix" }),
    expected: { ...staffOnly, staff: "CONFLICT", admin: "CONFLICT" },
  },
  "reports.sales": {
    call: (c) => c.reports.sales({ from: "2026-11-01", to: "2026-11-30", by: "day" }),
    expected: staffOnly,
  },
  "reports.lowStock": { call: (c) => c.reports.lowStock({}), expected: staffOnly },
  "reports.attention": { call: (c) => c.reports.attention({}), expected: staffOnly },
};

let testDb: TestDatabase;
let deps: TestDeps;
let animalSlug: string;
let emails = 0;

const numberOf = async (orderId: string) =>
  (await testDb.db.selectFrom("orders").select("number").where("id", "=", orderId).executeTakeFirstOrThrow())
    .number;

const versionOf = async (id: string) =>
  (await testDb.db.selectFrom("animals").select("version").where("id", "=", id).executeTakeFirstOrThrow())
    .version;

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
  animalSlug = (await insertAnimal(testDb.db)).slug;
  await (await callerWith(deps)).caller.users.register({ name: "Spare", ...spareLogin });
});
afterAll(() => testDb?.destroy());

async function fixtureFor(): Promise<Omit<Fixture, "self" | "freshEmail">> {
  const animalId = (await insertAnimal(testDb.db, { stock: 100 })).id;
  const draftAnimalId = (await insertAnimal(testDb.db, { status: "draft" })).id;
  const actors = {
    customerA: await signedInActor(deps, "customer", "customer-a"),
    customerB: await signedInActor(deps, "customer", "customer-b"),
    staff: await signedInActor(deps, "staff"),
    admin: await signedInActor(deps, "admin"),
  };
  const second = await callerWith(deps);
  await second.caller.users.login({ email: actors.customerA.email, password: actors.customerA.password });
  const customerASecondSession = (sessionTokenFrom(second.resHeaders) ?? "").split(".")[0] ?? "";
  const staffCaller = (await callerWith(deps, { cookie: actors.staff.cookie })).caller;
  const staffTokenId = (await staffCaller.users.createApiToken({ name: "staff script" })).id;
  const bystanderId = (await signedInActor(deps, "customer", "bystander")).id;
  const pendingOrder = async () => (await placeOrder(deps, actors.customerA, [{ animalId }])).id;
  const paidOrder = async () => {
    const id = await pendingOrder();
    await testDb.db
      .updateTable("orders")
      .set({ status: "paid", expiresAt: null })
      .where("id", "=", id)
      .execute();
    return id;
  };
  return {
    actors,
    customerASecondSession,
    staffTokenId,
    bystanderId,
    animalSlug,
    draftAnimalId,
    animalId,
    pendingOrder,
    paidOrder,
  };
}

describe("the access matrix", () => {
  it("covers every procedure of the app router", () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });

  it.each(Object.entries(matrix))("%s", async (_name, row) => {
    const base = await fixtureFor();
    const outcomes: Partial<Record<Actor, Outcome>> = {};
    for (const actor of ACTORS) {
      const self = actor === "anonymous" ? undefined : base.actors[actor];
      emails += 1;
      const fixture: Fixture = { ...base, self, freshEmail: `fresh-${emails}@example.test` };
      const { caller } = await callerWith(deps, self ? { cookie: self.cookie } : {});
      outcomes[actor] = await row.call(caller, fixture).then(
        () => "ok" as const,
        (error: unknown) => (error instanceof TRPCError ? error.code : "INTERNAL_SERVER_ERROR"),
      );
    }
    expect(outcomes).toEqual(row.expected);
  });
});
