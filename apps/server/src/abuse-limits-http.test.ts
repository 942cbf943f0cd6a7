import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { countRows, insertAnimal, signedInActor } from "@petshop/api/testing";
import { createDatabase } from "@petshop/db";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApp } from "./app";
import { testApp } from "./test-support/app";

// The limits that must hold against a real client over real sockets: sign-in throttling under 30
// concurrent attempts and in one batch, and the per-address rate limits on public writes (429 with
// Retry-After, nothing written). On PostgreSQL the server has a pool, so the attempts truly race;
// on PGlite they queue on its one connection, and the limits must come out the same.
// Behind one trusted proxy, so each test can speak from an address of its own.

const onPostgres = inject("testDatabaseTemplate").kind === "postgres";

let testDb: TestDatabase;
let deps: ReturnType<typeof testApp>["deps"];
let base = "";
const closers: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  const db = onPostgres
    ? createDatabase({ kind: "postgres", url: testDb.url ?? "", poolMax: 20 })
    : testDb.db;
  if (onPostgres) closers.push(() => db.destroy());
  deps = { ...testApp(db, { trustedProxyHops: 1 }).deps };
  const app = createApp(deps);
  base = await new Promise<string>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
    closers.push(() => new Promise((done) => server.close(done)));
  });
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await testDb?.destroy();
});

/** One POST from `address`, as the shop's own pages send it. */
function post(path: string, body: unknown, address: string, cookie?: string) {
  return fetch(`${base}/trpc/${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: "http://shop.test",
      "x-forwarded-for": address,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  });
}

function tally(statuses: number[]) {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

const throttleRows = () => testDb.db.selectFrom("authThrottles").selectAll().orderBy("key").execute();
const count = (table: "users" | "carts" | "passwordResetTokens") => countRows(testDb.db, table);

describe("sign-in throttling over HTTP", () => {
  it("30 concurrent attempts on one account from one address: 5 password checks, 25 × 429", async () => {
    const victim = await signedInActor(deps, "customer", "http-victim");
    const responses = await Promise.all(
      Array.from({ length: 30 }, () =>
        post("users.login", { email: victim.email, password: "wrong password!" }, "203.0.113.10"),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(tally(statuses)).toEqual({ 401: 5, 429: 25 });
    for (const r of responses.filter((r) => r.status === 429))
      expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);

    // The owner, from an address that has not been failing, still gets in.
    const owner = await post(
      "users.login",
      { email: victim.email, password: victim.password },
      "203.0.113.11",
    );
    expect(owner.status).toBe(200);
    console.log(
      `login throttle over HTTP (${onPostgres ? "PostgreSQL, pool of 20" : "PGlite"}): 30 concurrent attempts → ` +
        `${tally(statuses)[401]} password checks (401), ${tally(statuses)[429]} × 429; the owner from another address: ${owner.status}`,
    );
  });

  it("a batch of 20 sign-ins is refused whole before any password is checked; 30 calls exceed the batch cap", async () => {
    const before = await throttleRows();
    const batch = (n: number) =>
      fetch(`${base}/trpc/${Array(n).fill("users.login").join(",")}?batch=1`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "http://shop.test",
          "x-forwarded-for": "203.0.113.12",
        },
        body: JSON.stringify(
          Object.fromEntries(
            Array.from({ length: n }, (_, i) => [
              i,
              { email: `b${i}@example.test`, password: "guess guess" },
            ]),
          ),
        ),
      });
    const twenty = await batch(20);
    const thirty = await batch(30);
    expect([twenty.status, thirty.status]).toEqual([429, 400]);
    expect(await throttleRows()).toEqual(before);
    console.log(
      `login throttle in one batch: 20 sign-ins → ${twenty.status}, 30 calls → ${thirty.status}; password checks: 0`,
    );
  });
});

describe("rate limits on public writes over HTTP", () => {
  it("registrations from one address: exactly the limit of 35 concurrent ones, then 429 with Retry-After", async () => {
    const users = await count("users");
    const responses = await Promise.all(
      Array.from({ length: 35 }, (_, i) =>
        post(
          "users.register",
          { email: `burst-${i}@example.test`, name: "Burst", password: "a long enough secret" },
          "198.51.100.70",
        ),
      ),
    );
    const limit = deps.rateLimits.registrations;
    expect(tally(responses.map((r) => r.status))).toEqual({ 200: limit, 429: 35 - limit });
    const refused = responses.find((r) => r.status === 429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await count("users")).toBe(users + limit);
    console.log(
      `registration rate limit: 35 concurrent from one address → ${limit} accounts, ${35 - limit} × 429`,
    );
  });

  it("anonymous carts and reset requests from one address stop at their limits; other addresses go on", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 1_000 });
    const carts = await count("carts");
    const cartLimit = deps.rateLimits.anonymousCarts;
    const adds = await Promise.all(
      Array.from({ length: cartLimit + 5 }, () => post("cart.add", { animalId: animal.id }, "198.51.100.80")),
    );
    expect(tally(adds.map((r) => r.status))).toEqual({ 200: cartLimit, 429: 5 });
    expect(await count("carts")).toBe(carts + cartLimit);
    expect((await post("cart.add", { animalId: animal.id }, "198.51.100.81")).status).toBe(200);

    const tokens = await count("passwordResetTokens");
    const resetLimit = deps.rateLimits.passwordResets;
    const resets = [];
    for (let i = 0; i < resetLimit + 2; i++)
      resets.push(
        (await post("users.requestPasswordReset", { email: `ask-${i}@example.test` }, "198.51.100.82"))
          .status,
      );
    expect(tally(resets)).toEqual({ 200: resetLimit, 429: 2 });
    expect(await count("passwordResetTokens")).toBe(tokens);
    console.log(
      `anonymous cart rate limit: ${cartLimit + 5} concurrent first adds from one address → ${cartLimit} carts, 5 × 429; ` +
        `reset requests: ${resetLimit} answered, then 429`,
    );
  });
});
