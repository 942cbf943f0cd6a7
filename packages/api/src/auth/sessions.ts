import type { Database, UserRole } from "@petshop/db";
import type { Kysely } from "kysely";
import { hashSecret, randomToken, secretMatches } from "./secrets";

// Sessions after the Lucia guide: the token is `<id>.<secret>`; the database keeps the id and the
// SHA-256 of the secret, and a token is valid only if its secret matches in constant time.
// Expiry slides (30 days, renewed when under 15 remain) inside an absolute lifetime of 90 days.

const DAY_MS = 86_400_000;
export const SESSION_TTL_MS = 30 * DAY_MS;
export const SESSION_RENEW_BELOW_MS = 15 * DAY_MS;
export const SESSION_ABSOLUTE_MS = 90 * DAY_MS;
/** How stale `last_used_at` may get before a request refreshes it. */
const LAST_USED_GRANULARITY_MS = 3_600_000;

/** The signed-in user as every procedure sees them. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

export interface ValidSession {
  id: string;
  user: SessionUser;
  expiresAt: Date;
  /** True when this request extended the session; the cookie must be sent again. */
  renewed: boolean;
}

export interface SessionMeta {
  userAgent: string | null;
  ipAddress: string | null;
}

/** Starts a session for `userId` and returns the token for the cookie (the only copy). */
export async function createSession(db: Kysely<Database>, userId: string, meta: SessionMeta, now: Date) {
  const id = randomToken(15);
  const secret = randomToken(20);
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db
    .insertInto("sessions")
    .values({
      id,
      secretHash: hashSecret(secret),
      userId,
      createdAt: now,
      lastUsedAt: now,
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ipAddress: meta.ipAddress,
    })
    .execute();
  return { token: `${id}.${secret}`, id, expiresAt };
}

const TOKEN_SHAPE = /^([a-z2-7]{24})\.([a-z2-7]{32})$/;

/**
 * The session and user a token stands for, or null when it is malformed, unknown, expired, or its
 * user is disabled. Expired sessions are deleted; sessions near expiry are extended.
 */
export async function validateSessionToken(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<ValidSession | null> {
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return null;
  const [, id = "", secret = ""] = match;
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.userId")
    .select([
      "sessions.id",
      "sessions.secretHash",
      "sessions.createdAt",
      "sessions.expiresAt",
      "sessions.lastUsedAt",
      "users.id as userId",
      "users.email",
      "users.name",
      "users.role",
      "users.disabledAt",
    ])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  if (!row || !secretMatches(secret, row.secretHash)) return null;

  const absoluteEnd = Date.parse(row.createdAt) + SESSION_ABSOLUTE_MS;
  let expiresAt = Date.parse(row.expiresAt);
  if (now.getTime() >= expiresAt || now.getTime() >= absoluteEnd || row.disabledAt) {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return null;
  }

  const renewed = expiresAt - now.getTime() < SESSION_RENEW_BELOW_MS && expiresAt < absoluteEnd;
  if (renewed) expiresAt = Math.min(now.getTime() + SESSION_TTL_MS, absoluteEnd);
  if (renewed || now.getTime() - Date.parse(row.lastUsedAt) > LAST_USED_GRANULARITY_MS) {
    await db
      .updateTable("sessions")
      .set({ expiresAt: new Date(expiresAt), lastUsedAt: now })
      .where("id", "=", id)
      .execute();
  }
  return {
    id,
    user: { id: row.userId, email: row.email, name: row.name, role: row.role },
    expiresAt: new Date(expiresAt),
    renewed,
  };
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Ends every session of a user, except `keep` (the one making the request) when given. */
export async function deleteUserSessions(db: Kysely<Database>, userId: string, keep?: string): Promise<void> {
  let query = db.deleteFrom("sessions").where("userId", "=", userId);
  if (keep) query = query.where("id", "!=", keep);
  await query.execute();
}
