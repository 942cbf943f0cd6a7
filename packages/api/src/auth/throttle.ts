import type { Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";

// Login throttling, with counters in PostgreSQL so every server instance sees the same ones: per
// account and address (tight), per address, and per account over all addresses (soft), so that
// failing from one place blocks that place, not the owner signing in from another.
// After `freeFailures` failures within the window, each further failure blocks the key for twice
// as long as the last (1 s, 2 s, 4 s, … up to 15 minutes). A success clears the account's counter;
// the address's counter only expires, so logging into one's own account cannot reset it.

export interface ThrottleRule {
  freeFailures: number;
}

/** One address guessing one account's password: the tight limit. */
export const ACCOUNT_ADDRESS_RULE: ThrottleRule = { freeFailures: 5 };
/** One address guessing across accounts. */
export const ADDRESS_RULE: ThrottleRule = { freeFailures: 20 };
/**
 * Every address together against one account: softer, so locking the owner out takes many
 * addresses, while a distributed guesser still meets a wall (and doubling blocks) after 50.
 */
export const ACCOUNT_RULE: ThrottleRule = { freeFailures: 50 };

const WINDOW_MS = 3_600_000;
const MAX_BLOCK_MS = 15 * 60_000;

export const accountKey = (email: string) => `account:${email}`;
export const accountAddressKey = (email: string, ip: string) => `account:${email}|ip:${ip}`;
export const addressKey = (ip: string) => `ip:${ip}`;

export interface ThrottledKey {
  key: string;
  rule: ThrottleRule;
}

export type Reservation = { allowed: true } | { allowed: false; waitSeconds: number };

const windowStartOf = (now: Date) => new Date(now.getTime() - WINDOW_MS).toISOString();

/**
 * Counts an attempt against every key before its password is checked, and refuses it when any
 * key is blocked. The keys' rows are locked for the decision, so concurrent attempts (or calls
 * racing in from other instances) are counted one after another: at most `freeFailures` attempts
 * per key ever reach the password check before the key blocks, and one per block after that.
 * The attempt counts as a failure until it succeeds (see `forgiveSuccess`).
 */
export async function reserveAttempt(
  db: Kysely<Database>,
  keys: readonly ThrottledKey[],
  now: Date,
): Promise<Reservation> {
  const sorted = [...keys].sort((a, b) => a.key.localeCompare(b.key));
  if (sorted.length === 0) return { allowed: true };
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto("authThrottles")
      .values(sorted.map(({ key }) => ({ key, failures: 0, updatedAt: now })))
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    // Locked in key order, so two attempts on the same pair of keys cannot deadlock.
    const rows = await trx
      .selectFrom("authThrottles")
      .select(["key", "failures", "blockedUntil", "updatedAt"])
      .where(
        "key",
        "in",
        sorted.map((k) => k.key),
      )
      .orderBy("key")
      .forUpdate()
      .execute();
    const until = Math.max(0, ...rows.map((r) => (r.blockedUntil ? Date.parse(r.blockedUntil) : 0)));
    if (until > now.getTime())
      return { allowed: false, waitSeconds: Math.ceil((until - now.getTime()) / 1000) };

    const windowStart = windowStartOf(now);
    for (const { key, rule } of sorted) {
      const row = rows.find((r) => r.key === key);
      // Failures older than the window are forgotten.
      const failures = (row && row.updatedAt >= windowStart ? row.failures : 0) + 1;
      const over = failures - rule.freeFailures;
      await trx
        .updateTable("authThrottles")
        .set({
          failures,
          updatedAt: now,
          // Reaching the limit blocks the next attempts while this one is checked, and after it.
          blockedUntil: over >= 0 ? new Date(now.getTime() + Math.min(1000 * 2 ** over, MAX_BLOCK_MS)) : null,
        })
        .where("key", "=", key)
        .execute();
    }
    return { allowed: true };
  });
}

/**
 * A reserved attempt succeeded: the account's counters (all addresses', and this address's) are
 * cleared, and the address's reservation is taken back (an address counts only failures), with
 * its block if that reservation set it.
 */
export async function forgiveSuccess(
  db: Kysely<Database>,
  accountKeys: readonly string[],
  address: ThrottledKey | undefined,
): Promise<void> {
  await db
    .deleteFrom("authThrottles")
    .where("key", "in", [...accountKeys])
    .execute();
  if (!address) return;
  await db
    .updateTable("authThrottles")
    .set({
      failures: sql<number>`greatest(failures - 1, 0)`,
      blockedUntil: sql<
        string | null
      >`case when failures - 1 < ${address.rule.freeFailures} then null else blocked_until end`,
    })
    .where("key", "=", address.key)
    .execute();
}

export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("authThrottles").where("key", "=", key).execute();
}
