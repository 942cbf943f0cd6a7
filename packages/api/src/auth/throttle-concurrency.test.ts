import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerWith, signedInActor } from "../test-support/context";
import { onPostgres, raceDeps } from "../test-support/races";
import { ACCOUNT_ADDRESS_RULE, ACCOUNT_RULE, ADDRESS_RULE } from "./throttle";

// Sign-in throttling under concurrency on a real PostgreSQL server (PGlite is one connection and
// cannot race): the count and the check must not interleave, so N attempts at once get at most
// the allowed number of password checks. A password check is what answers UNAUTHORIZED.

const deps = raceDeps();

const codeOf = (value: unknown) => (value instanceof TRPCError ? value.code : "ok");

async function attempt(email: string, password: string, ip: string) {
  const { caller } = await callerWith(deps(), { ip });
  return codeOf(await caller.users.login({ email, password }).catch((error: unknown) => error));
}

function tally(codes: string[]) {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

describe.skipIf(!onPostgres)("sign-in throttling under concurrency", () => {
  it("30 attempts at once on one account from one address: 5 password checks, the rest 429", async () => {
    const victim = await signedInActor(deps(), "customer", "victim");
    const codes = await Promise.all(
      Array.from({ length: 30 }, () => attempt(victim.email, "wrong password!", "203.0.113.1")),
    );
    const free = ACCOUNT_ADDRESS_RULE.freeFailures;
    expect(tally(codes)).toEqual({ UNAUTHORIZED: free, TOO_MANY_REQUESTS: 30 - free });
  });

  it("70 attempts at once on one account from 70 addresses: 50 password checks, the rest 429", async () => {
    const victim = await signedInActor(deps(), "customer", "spread");
    const codes = await Promise.all(
      Array.from({ length: 70 }, (_, i) => attempt(victim.email, "wrong password!", `203.0.113.${i + 1}`)),
    );
    const free = ACCOUNT_RULE.freeFailures;
    expect(tally(codes)).toEqual({ UNAUTHORIZED: free, TOO_MANY_REQUESTS: 70 - free });
  });

  it("40 attempts at once from one address over many accounts: 20 password checks", async () => {
    const codes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        attempt(`nobody-${i}@example.test`, "wrong password!", "198.51.100.50"),
      ),
    );
    const free = ADDRESS_RULE.freeFailures;
    expect(tally(codes)).toEqual({ UNAUTHORIZED: free, TOO_MANY_REQUESTS: 40 - free });
  });

  it("the owner signs in from elsewhere while one address hammers the account", async () => {
    const owner = await signedInActor(deps(), "customer", "owner");
    const codes = await Promise.all([
      ...Array.from({ length: 10 }, () => attempt(owner.email, "wrong password!", "192.0.2.1")),
      attempt(owner.email, owner.password, "192.0.2.100"),
    ]);
    expect(codes.at(-1)).toBe("ok");
    expect(tally(codes.slice(0, -1)).UNAUTHORIZED ?? 0).toBeLessThanOrEqual(
      ACCOUNT_ADDRESS_RULE.freeFailures,
    );
  });
});
