import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
import { DomainError } from "../../domain-error";

// A user's view of where they are signed in, and signing out elsewhere.

export async function listOwnSessions(
  db: Kysely<Database>,
  userId: string,
  currentSessionId: string | undefined,
  now: Date,
) {
  const rows = await db
    .selectFrom("sessions")
    .select(["id", "createdAt", "lastUsedAt", "expiresAt", "userAgent", "ipAddress"])
    .where("userId", "=", userId)
    .where("expiresAt", ">", now.toISOString())
    .orderBy("lastUsedAt", "desc")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({ ...row, current: row.id === currentSessionId }));
}

/** Ends one of the caller's sessions; someone else's is NOT_FOUND, as if it did not exist. */
export async function revokeOwnSession(
  db: Kysely<Database>,
  userId: string,
  sessionId: string,
): Promise<void> {
  const result = await db
    .deleteFrom("sessions")
    .where("id", "=", sessionId)
    .where("userId", "=", userId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw new DomainError("NOT_FOUND", "No such session.");
}
