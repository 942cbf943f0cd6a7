import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
import { verifyAgainstDummy, verifyPassword } from "../../auth/passwords";
import { createSession, type SessionMeta } from "../../auth/sessions";
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  accountKey,
  addressKey,
  clearFailures,
  recordFailure,
  secondsBlocked,
} from "../../auth/throttle";
import { DomainError } from "../../domain-error";

// Signing in: throttled per address and per account, and answering an unknown email exactly like
// a wrong password, in the same time.

export const WRONG_CREDENTIALS = "The email or password is not correct.";

/** Checks the credentials and starts a session; returns the new session's token. */
export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string },
  meta: SessionMeta,
  now: Date,
) {
  const keys = [accountKey(input.email), ...(meta.ipAddress ? [addressKey(meta.ipAddress)] : [])];
  const wait = await secondsBlocked(db, keys, now);
  if (wait > 0) {
    throw new DomainError("TOO_MANY_REQUESTS", `Too many attempts. Try again in ${wait} seconds.`, {
      retryAfterSeconds: wait,
    });
  }

  const user = await db
    .selectFrom("users")
    .select(["id", "passwordHash", "disabledAt"])
    .where("email", "=", input.email)
    .executeTakeFirst();
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);

  if (!user || !passwordOk || user.disabledAt) {
    await recordFailure(db, accountKey(input.email), ACCOUNT_RULE, now);
    if (meta.ipAddress) await recordFailure(db, addressKey(meta.ipAddress), ADDRESS_RULE, now);
    throw new DomainError("UNAUTHORIZED", WRONG_CREDENTIALS);
  }

  await clearFailures(db, accountKey(input.email));
  // A good moment to forget this user's sessions that ran out.
  await db
    .deleteFrom("sessions")
    .where("userId", "=", user.id)
    .where("expiresAt", "<=", now.toISOString())
    .execute();
  const session = await createSession(db, user.id, meta, now);
  return { userId: user.id, ...session };
}
