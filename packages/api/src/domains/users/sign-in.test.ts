import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callerWith,
  sessionTokenFrom,
  signedInActor,
  type TestActor,
  type TestDeps,
  testDeps,
} from "../../test-support/context";
import { WRONG_CREDENTIALS } from "./sign-in";

let testDb: TestDatabase;
let deps: TestDeps;

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
});
afterAll(() => testDb?.destroy());

async function login(email: string, password: string, ip = "198.51.100.7") {
  const { caller, resHeaders } = await callerWith(deps, { ip });
  const result = await caller.users.login({ email, password }).catch((error: unknown) => error);
  return { result, resHeaders };
}

const codeOf = (value: unknown) => (value instanceof TRPCError ? value.code : "ok");

describe("users.login", () => {
  let ann: TestActor;
  beforeAll(async () => {
    ann = await signedInActor(deps, "customer", "ann");
  });

  it("starts a new session with a new token every time (no fixation)", async () => {
    const first = await login(ann.email, ann.password);
    const second = await login(` ${ann.email.toUpperCase()} `, ann.password);
    const tokens = [sessionTokenFrom(first.resHeaders), sessionTokenFrom(second.resHeaders)];
    expect(tokens[0]).toBeTruthy();
    expect(tokens[1]).toBeTruthy();
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(tokens).not.toContain(ann.cookie.replace("session=", ""));
  });

  it("answers an unknown email exactly like a wrong password, in about the same time", async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      const { result } = await login(
        email,
        "not the password at all",
        `203.0.113.${Math.floor(Math.random() * 200)}`,
      );
      return { result, ms: performance.now() - started };
    };
    // Warm the dummy hash up, then compare.
    await timed("nobody-warmup@example.test");
    const unknown = await timed("nobody@example.test");
    const wrong = await timed(ann.email);
    for (const { result } of [unknown, wrong]) {
      expect(result).toBeInstanceOf(TRPCError);
      expect((result as TRPCError).code).toBe("UNAUTHORIZED");
      expect((result as TRPCError).message).toBe(WRONG_CREDENTIALS);
    }
    // Without the dummy verification an unknown email answers in a few ms against tens for a hash.
    expect(unknown.ms).toBeGreaterThan(wrong.ms * 0.4);
  });

  it("throttles an account from one address after 5 failures, tells when to retry, and resets on success", async () => {
    const bob = await signedInActor(deps, "customer", "bob");
    const ip = "203.0.113.7";
    for (let i = 0; i < 5; i++)
      expect(codeOf((await login(bob.email, "wrong password!", ip)).result)).toBe("UNAUTHORIZED");

    const blocked = await login(bob.email, bob.password, ip);
    expect(codeOf(blocked.result)).toBe("TOO_MANY_REQUESTS");
    expect(blocked.resHeaders.get("retry-after")).toBe("1");

    deps.clock.advance(1_000);
    expect(codeOf((await login(bob.email, "wrong password!", ip)).result)).toBe("UNAUTHORIZED");
    const longer = await login(bob.email, bob.password, ip);
    expect(codeOf(longer.result)).toBe("TOO_MANY_REQUESTS");
    expect(longer.resHeaders.get("retry-after")).toBe("2");

    deps.clock.advance(2_000);
    expect(codeOf((await login(bob.email, bob.password, ip)).result)).toBe("ok");
    // The success cleared the account's counters: one more failure is free again.
    expect(codeOf((await login(bob.email, "wrong password!", ip)).result)).toBe("UNAUTHORIZED");
    expect(codeOf((await login(bob.email, bob.password, ip)).result)).toBe("ok");
  });

  it("is no weapon: failures from one address do not lock the owner out at another", async () => {
    const dora = await signedInActor(deps, "customer", "dora");
    for (let i = 0; i < 8; i++) await login(dora.email, "wrong password!", "192.0.2.66");
    expect(codeOf((await login(dora.email, dora.password, "192.0.2.66")).result)).toBe("TOO_MANY_REQUESTS");
    expect(codeOf((await login(dora.email, dora.password, "198.51.100.9")).result)).toBe("ok");
  });

  it("still walls off a guesser spread over many addresses after 50 failures", async () => {
    const eve = await signedInActor(deps, "customer", "eve");
    for (let i = 0; i < 50; i++) {
      expect(codeOf((await login(eve.email, "wrong password!", `203.0.113.${i + 100}`)).result)).toBe(
        "UNAUTHORIZED",
      );
    }
    expect(codeOf((await login(eve.email, eve.password, "198.51.100.10")).result)).toBe("TOO_MANY_REQUESTS");
  });

  it("throttles an address that fails across many accounts", async () => {
    const ip = "198.51.100.200";
    for (let i = 0; i < 20; i++) {
      expect(codeOf((await login(`guess-${i}@example.test`, "wrong password!", ip)).result)).toBe(
        "UNAUTHORIZED",
      );
    }
    expect(codeOf((await login(ann.email, ann.password, ip)).result)).toBe("TOO_MANY_REQUESTS");
    expect(codeOf((await login(ann.email, ann.password, "198.51.100.201")).result)).toBe("ok");
  });

  it("refuses a disabled account with the same answer", async () => {
    const carl = await signedInActor(deps, "customer", "carl");
    await testDb.db
      .updateTable("users")
      .set({ disabledAt: deps.clock.now() })
      .where("id", "=", carl.id)
      .execute();
    const { result } = await login(carl.email, carl.password, "198.51.100.50");
    expect((result as TRPCError).message).toBe(WRONG_CREDENTIALS);
  });

  it.each([
    ["a malformed email", { email: "not-an-email", password: "whatever123" }, "email"],
    ["an empty password", { email: "a@example.test", password: "" }, "password"],
    ["a megabyte password", { email: "a@example.test", password: "x".repeat(1_000_000) }, "password"],
  ])("refuses %s with BAD_REQUEST before hashing anything", async (_label, input, field) => {
    const { caller } = await callerWith(deps);
    const error = await caller.users.login(input).catch((e: unknown) => e);
    expect(codeOf(error)).toBe("BAD_REQUEST");
    expect(JSON.stringify((error as TRPCError).cause)).toContain(field);
  });
});
