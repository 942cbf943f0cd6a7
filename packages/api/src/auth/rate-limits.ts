import { isIPv6 } from "node:net";
import type { Database } from "@petshop/db";
import { type Kysely, sql, type Transaction } from "kysely";
import { DomainError } from "../domain-error";

// Rate limits on the public writes anyone can repeat without signing in, counted in PostgreSQL so
// every instance shares them. Each key follows GCRA (the generic cell rate algorithm): its row
// holds `free_at`, the moment it has its whole allowance back; a request moves it on by one
// interval (period / limit) and is allowed while it stays within one period of now. That is a
// burst of `limit`, then one request per interval, in a single upsert, so it is exact under
// concurrency: the row's lock orders racing requests, on any instance.
// Written here rather than taken from a library: see docs/decisions/013-rate-limits.md.

export interface RateRule {
  /** Part of the key, so that each rule counts on its own. */
  name: string;
  /** Requests allowed per period (and at once, after a quiet period). */
  limit: number;
  periodSeconds: number;
}

/** Requests per client address per hour (configured: RATE_LIMIT_* in packages/config). */
export interface RateLimits {
  registrations: number;
  passwordResets: number;
  anonymousCarts: number;
}

/** Reset mails to one address, whoever asks: a victim's inbox is not a target. */
export const RESET_MAILS_PER_EMAIL = 5;

const HOUR = 3_600;

/** The rules, from the configured numbers. */
export const rateRules = (limits: RateLimits) => ({
  registration: { name: "register", limit: limits.registrations, periodSeconds: HOUR },
  passwordReset: { name: "reset", limit: limits.passwordResets, periodSeconds: HOUR },
  resetMailsTo: { name: "reset-mail", limit: RESET_MAILS_PER_EMAIL, periodSeconds: HOUR },
  anonymousCart: { name: "cart", limit: limits.anonymousCarts, periodSeconds: HOUR },
});

/**
 * The part of an address that names one client: an IPv4 address whole, an IPv6 address by its
 * /64, since one home or phone is given a whole /64 and could otherwise count afresh from each.
 */
export function clientBucket(ip: string): string {
  const address = ip.toLowerCase().replace(/%.*$/, "");
  if (!isIPv6(address)) return address;
  // An IPv4 client seen through an IPv6 socket is still that IPv4 client.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
    : left;
  const prefix = groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, ""));
  return `${prefix.join(":")}::/64`;
}

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Counts one request against `subject` (an address or an email) under `rule`, or throws
 * TOO_MANY_REQUESTS with the seconds until the next one is allowed. Inside a transaction the
 * count is taken back if the transaction fails, so only writes that happened are counted.
 */
export async function takeRate(db: Db, rule: RateRule, subject: string, now: Date): Promise<void> {
  const key = `${rule.name}:${subject}`;
  const intervalMs = (rule.periodSeconds * 1000) / rule.limit;
  const at = now.toISOString();
  const moved = sql<string>`greatest(rate_limits.free_at, ${at}::timestamptz) + ${intervalMs} * interval '1 millisecond'`;
  const taken = await db
    .insertInto("rateLimits")
    .values({ key, freeAt: new Date(now.getTime() + intervalMs) })
    .onConflict((oc) =>
      oc
        .column("key")
        .doUpdateSet({ freeAt: moved })
        .where(
          moved,
          "<=",
          sql<string>`${at}::timestamptz + ${rule.periodSeconds * 1000} * interval '1 millisecond'`,
        ),
    )
    .returning("key")
    .executeTakeFirst();
  if (taken) return;

  const row = await db.selectFrom("rateLimits").select("freeAt").where("key", "=", key).executeTakeFirst();
  // The next request fits once free_at + interval is within one period of its moment.
  const nextMs = row ? Date.parse(row.freeAt) + intervalMs - rule.periodSeconds * 1000 : now.getTime();
  const waitSeconds = Math.max(1, Math.ceil((nextMs - now.getTime()) / 1000));
  throw new DomainError("TOO_MANY_REQUESTS", `Too many requests. Try again in ${inWords(waitSeconds)}.`, {
    retryAfterSeconds: waitSeconds,
  });
}

const inWords = (seconds: number) =>
  seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
