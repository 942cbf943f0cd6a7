import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
import { validateApiToken } from "./api-tokens";
import {
  type CookieSettings,
  clearedSessionCookie,
  readSessionCookie,
  sessionCookie,
} from "./session-cookie";
import { type SessionUser, validateSessionToken } from "./sessions";

/** Who is making a request, and how they proved it. */
export type Auth =
  | { kind: "anonymous" }
  | { kind: "session"; user: SessionUser; sessionId: string }
  | { kind: "token"; user: SessionUser }
  /** A bearer token was sent but is not valid: every procedure answers UNAUTHORIZED. */
  | { kind: "invalid-token" };

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Resolves the caller from `Authorization: Bearer <api token>` or else the session cookie.
 * A stale cookie is cleared and the caller treated as anonymous; a session near expiry is renewed
 * and its cookie sent again.
 */
export async function authenticate(
  db: Kysely<Database>,
  headers: Headers,
  resHeaders: Headers,
  cookies: CookieSettings,
  now: Date,
): Promise<Auth> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const token = BEARER.exec(authorization)?.[1];
    const user = token ? await validateApiToken(db, token, now) : null;
    return user ? { kind: "token", user } : { kind: "invalid-token" };
  }
  const token = readSessionCookie(headers.get("cookie"), cookies);
  if (!token) return { kind: "anonymous" };
  const session = await validateSessionToken(db, token, now);
  if (!session) {
    resHeaders.append("Set-Cookie", clearedSessionCookie(cookies));
    return { kind: "anonymous" };
  }
  if (session.renewed) resHeaders.append("Set-Cookie", sessionCookie(token, session.expiresAt, cookies, now));
  return { kind: "session", user: session.user, sessionId: session.id };
}
