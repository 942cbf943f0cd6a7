import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
import { hashSecret, randomToken } from "./secrets";
import type { SessionUser } from "./sessions";

// API tokens for scripts: `pst_<32 base32 chars>` (160 bits), stored as a SHA-256 hash and looked
// up by it. The prefix makes a leaked token easy to recognise (and to scan for).

export const API_TOKEN_PREFIX = "pst_";
const TOKEN_SHAPE = /^pst_[a-z2-7]{32}$/;
/** How stale `last_used_at` may get before a request refreshes it. */
const LAST_USED_GRANULARITY_MS = 60_000;

export function newApiTokenSecret(): { token: string; tokenHash: string } {
  const token = `${API_TOKEN_PREFIX}${randomToken(20)}`;
  return { token, tokenHash: hashSecret(token) };
}

/** The user a bearer token acts as, or null when it is malformed, unknown, expired or the user disabled. */
export async function validateApiToken(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<SessionUser | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await db
    .selectFrom("apiTokens")
    .innerJoin("users", "users.id", "apiTokens.userId")
    .select([
      "apiTokens.id as tokenId",
      "apiTokens.expiresAt",
      "apiTokens.lastUsedAt",
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.disabledAt",
    ])
    .where("apiTokens.tokenHash", "=", hashSecret(token))
    .executeTakeFirst();
  if (!row || row.disabledAt || Date.parse(row.expiresAt) <= now.getTime()) return null;
  if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) > LAST_USED_GRANULARITY_MS) {
    await db.updateTable("apiTokens").set({ lastUsedAt: now }).where("id", "=", row.tokenId).execute();
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}
