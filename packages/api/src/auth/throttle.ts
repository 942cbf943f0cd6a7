import type { Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";

// Login throttling, with counters in PostgreSQL so every server instance sees the same ones.
// After `freeFailures` failures within the window, each further failure blocks the key for twice
// as long as the last (1 s, 2 s, 4 s, … up to 15 minutes). A success clears the account's counter;
// the address's counter only expires, so logging into one's own account cannot reset it.

export interface ThrottleRule {
  freeFailures: number;
}

export const ACCOUNT_RULE: ThrottleRule = { freeFailures: 5 };
export const ADDRESS_RULE: ThrottleRule = { freeFailures: 20 };

const WINDOW_MS = 3_600_000;
const MAX_BLOCK_MS = 15 * 60_000;

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** Seconds until the first of `keys` is free again, or 0 when none is blocked. */
export async function secondsBlocked(db: Kysely<Database>, keys: string[], now: Date): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db
    .selectFrom("authThrottles")
    .select("blockedUntil")
    .where("key", "in", keys)
    .where("blockedUntil", ">", now.toISOString())
    .execute();
  const until = Math.max(0, ...rows.map((r) => (r.blockedUntil ? Date.parse(r.blockedUntil) : 0)));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Counts a failure against `key` and blocks it when the rule says so. */
export async function recordFailure(
  db: Kysely<Database>,
  key: string,
  rule: ThrottleRule,
  now: Date,
): Promise<void> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const row = await db
    .insertInto("authThrottles")
    .values({ key, failures: 1, updatedAt: now })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        // Failures older than the window are forgotten.
        failures: sql<number>`case when auth_throttles.updated_at < ${windowStart} then 1 else auth_throttles.failures + 1 end`,
        updatedAt: now,
      }),
    )
    .returning("failures")
    .executeTakeFirstOrThrow();
  const over = row.failures - rule.freeFailures;
  if (over < 0) return;
  const blockMs = Math.min(1000 * 2 ** over, MAX_BLOCK_MS);
  await db
    .updateTable("authThrottles")
    .set({ blockedUntil: new Date(now.getTime() + blockMs) })
    .where("key", "=", key)
    .execute();
}

export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("authThrottles").where("key", "=", key).execute();
}
