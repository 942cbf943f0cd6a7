import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callerWith,
  countRows,
  insertAnimal,
  signedInActor,
  type TestDeps,
  testDeps,
} from "./test-support/context";

// The public writes anyone can repeat without signing in are rate-limited per client address:
// registration, password-reset requests (and reset mails per email, from any address) and new
// anonymous carts. Past the limit: TOO_MANY_REQUESTS with Retry-After, and nothing written.

let testDb: TestDatabase;
let deps: TestDeps;

beforeAll(async () => {
  testDb = await createTestDatabase();
  // Small limits, so that each test reaches them in a few calls.
  deps = { ...testDeps(testDb.db), rateLimits: { registrations: 3, passwordResets: 2, anonymousCarts: 2 } };
});
afterAll(() => testDb?.destroy());

const codeOf = (value: unknown) => (value instanceof TRPCError ? value.code : "ok");

let registered = 0;
async function register(ip: string) {
  registered += 1;
  const email = `limited-${registered}@example.test`;
  const { caller, resHeaders } = await callerWith(deps, { ip });
  const code = codeOf(
    await caller.users
      .register({ email, name: "Limited", password: "a long enough secret" })
      .catch((error: unknown) => error),
  );
  return { code, email, retryAfter: resHeaders.get("retry-after") };
}

const rows = (table: "users" | "carts" | "passwordResetTokens") => countRows(testDb.db, table);

describe("rate limits on public writes", () => {
  it("registration: the limit per address, then 429 with Retry-After and no account made", async () => {
    const allowed = [];
    for (let i = 0; i < 3; i++) allowed.push((await register("198.51.100.10")).code);
    expect(allowed).toEqual(["ok", "ok", "ok"]);

    const users = await rows("users");
    const refused = await register("198.51.100.10");
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    // 3 per hour: the next one in 20 minutes.
    expect(refused.retryAfter).toBe("1200");
    expect(await rows("users")).toBe(users);
    expect(
      await testDb.db.selectFrom("users").select("id").where("email", "=", refused.email).executeTakeFirst(),
    ).toBeUndefined();

    // Another address is not held back, nor is the same client after the interval.
    expect((await register("198.51.100.11")).code).toBe("ok");
    deps.clock.advance(20 * 60_000);
    expect((await register("198.51.100.10")).code).toBe("ok");
  });

  it("counts an IPv6 client by its /64", async () => {
    for (let i = 1; i <= 3; i++) expect((await register(`2001:db8:7:7::${i}`)).code).toBe("ok");
    expect((await register("2001:db8:7:7:ffff::1")).code).toBe("TOO_MANY_REQUESTS");
    expect((await register("2001:db8:7:8::1")).code).toBe("ok");
  });

  it("password reset: per address, and per email from any address, with the same answer for all", async () => {
    const owner = await signedInActor(deps, "customer", "reset-limited");
    const ask = async (email: string, ip: string) => {
      const { caller, resHeaders } = await callerWith(deps, { ip });
      const code = codeOf(await caller.users.requestPasswordReset({ email }).catch((e: unknown) => e));
      return { code, retryAfter: resHeaders.get("retry-after") };
    };
    expect((await ask("nobody-1@example.test", "198.51.100.20")).code).toBe("ok");
    expect((await ask("nobody-2@example.test", "198.51.100.20")).code).toBe("ok");
    const refused = await ask("nobody-3@example.test", "198.51.100.20");
    expect(refused).toEqual({ code: "TOO_MANY_REQUESTS", retryAfter: "1800" });

    // Five mails an hour to one address at most, whoever asks from wherever.
    const tokens = await rows("passwordResetTokens");
    const codes = [];
    for (let i = 0; i < 7; i++) codes.push((await ask(owner.email, `198.51.100.${30 + i}`)).code);
    expect(codes).toEqual(["ok", "ok", "ok", "ok", "ok", "TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
    expect(await rows("passwordResetTokens")).toBe(tokens + 5);
    // An email without an account is limited the same way, so a 429 reveals nothing.
    const ghost = [];
    for (let i = 0; i < 6; i++) ghost.push((await ask("ghost@example.test", `198.51.100.${40 + i}`)).code);
    expect(ghost.at(-1)).toBe("TOO_MANY_REQUESTS");
  });

  it("anonymous carts: new carts per address are limited; adding to one's own cart is not", async () => {
    const animal = await insertAnimal(testDb.db, { stock: 50 });
    const addAs = async (ip: string, cookie?: string) => {
      const { caller, resHeaders } = await callerWith(deps, { ip, ...(cookie ? { cookie } : {}) });
      const code = codeOf(await caller.cart.add({ animalId: animal.id }).catch((e: unknown) => e));
      const cart = resHeaders.getSetCookie().find((line) => line.startsWith("cart="));
      return { code, cookie: cart?.split(";")[0], retryAfter: resHeaders.get("retry-after") };
    };
    const first = await addAs("198.51.100.50");
    expect((await addAs("198.51.100.50")).code).toBe("ok");
    const carts = await rows("carts");
    const refused = await addAs("198.51.100.50");
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.retryAfter).toBe("1800");
    expect(await rows("carts")).toBe(carts);

    // The visitor who already has a cart keeps filling it, and signed-in customers are not limited.
    expect((await addAs("198.51.100.50", first.cookie)).code).toBe("ok");
    const customer = await signedInActor(deps, "customer", "cart-limited");
    const { caller } = await callerWith(deps, { ip: "198.51.100.50", cookie: customer.cookie });
    await expect(caller.cart.add({ animalId: animal.id })).resolves.toBeDefined();
  });

  it("an add that fails does not use up the allowance", async () => {
    const soldOut = await insertAnimal(testDb.db, { stock: 0 });
    for (let i = 0; i < 4; i++) {
      const { caller } = await callerWith(deps, { ip: "198.51.100.60" });
      expect(codeOf(await caller.cart.add({ animalId: soldOut.id }).catch((e: unknown) => e))).toBe(
        "CONFLICT",
      );
    }
    const available = await insertAnimal(testDb.db, { stock: 5 });
    const { caller } = await callerWith(deps, { ip: "198.51.100.60" });
    await expect(caller.cart.add({ animalId: available.id })).resolves.toBeDefined();
  });
});
