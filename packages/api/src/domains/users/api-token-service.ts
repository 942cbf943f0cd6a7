import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
import { newApiTokenSecret } from "../../auth/api-tokens";
import { DomainError } from "../../domain-error";

// Staff manage their own API tokens for scripts. A token is shown once, at creation.

const DAY_MS = 86_400_000;
const tokenColumns = ["id", "name", "createdAt", "expiresAt", "lastUsedAt"] as const;

export async function createApiToken(
  db: Kysely<Database>,
  userId: string,
  input: { name: string; expiresInDays: number },
  now: Date,
) {
  const { token, tokenHash } = newApiTokenSecret();
  const row = await db
    .insertInto("apiTokens")
    .values({
      userId,
      name: input.name,
      tokenHash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
    })
    .returning(tokenColumns)
    .executeTakeFirstOrThrow();
  return { ...row, token };
}

export async function listApiTokens(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom("apiTokens")
    .select(tokenColumns)
    .where("userId", "=", userId)
    .orderBy("createdAt", "desc")
    .orderBy("id")
    .execute();
}

/** Deletes one of the caller's tokens; someone else's is NOT_FOUND. */
export async function revokeApiToken(db: Kysely<Database>, userId: string, tokenId: string): Promise<void> {
  const result = await db
    .deleteFrom("apiTokens")
    .where("id", "=", tokenId)
    .where("userId", "=", userId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw new DomainError("NOT_FOUND", "No such token.");
}
