import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
import { verifyAgainstDummy, verifyPassword } from "../../auth/passwords";
import { createSession, type SessionMeta } from "../../auth/sessions";
import {
  ACCOUNT_ADDRESS_RULE,
  ACCOUNT_RULE,
  ADDRESS_RULE,
  accountAddressKey,
  accountKey,
  addressKey,
  forgiveSuccess,
  reserveAttempt,
  type ThrottledKey,
} from "../../auth/throttle";
import { DomainError } from "../../domain-error";

// Signing in: throttled per account and address, per address and (softly) per account, and answering an unknown email exactly like
// a wrong password, in the same time.

export const WRONG_CREDENTIALS = "The email or password is not correct.";

/** Checks the credentials and starts a session; returns the new session's token. */
export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string },
  meta: SessionMeta,
  now: Date,
) {
  const account: ThrottledKey = { key: accountKey(input.email), rule: ACCOUNT_RULE };
  const address: ThrottledKey | undefined = meta.ipAddress
    ? { key: addressKey(meta.ipAddress), rule: ADDRESS_RULE }
    : undefined;
  const pair: ThrottledKey | undefined = meta.ipAddress
    ? { key: accountAddressKey(input.email, meta.ipAddress), rule: ACCOUNT_ADDRESS_RULE }
    : undefined;
  // The attempt is counted before the password is checked, so concurrent attempts cannot all slip
  // in under the limits (see reserveAttempt).
  const keys = [account, ...(address ? [address] : []), ...(pair ? [pair] : [])];
  const reservation = await reserveAttempt(db, keys, now);
  if (!reservation.allowed) {
    const wait = reservation.waitSeconds;
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

  // A failure is already counted: the reservation stands.
  if (!user || !passwordOk || user.disabledAt) throw new DomainError("UNAUTHORIZED", WRONG_CREDENTIALS);

  await forgiveSuccess(db, pair ? [account.key, pair.key] : [account.key], address);
  // A good moment to forget this user's sessions that ran out.
  await db
    .deleteFrom("sessions")
    .where("userId", "=", user.id)
    .where("expiresAt", "<=", now.toISOString())
    .execute();
  const session = await createSession(db, user.id, meta, now);
  return { userId: user.id, ...session };
}
