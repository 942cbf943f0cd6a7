import type { Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";
import { hashPassword } from "../../auth/passwords";
import { hashSecret, randomToken } from "../../auth/secrets";
import { deleteUserSessions } from "../../auth/sessions";
import { accountKey, clearFailures } from "../../auth/throttle";
import { DomainError } from "../../domain-error";
import type { Mailer } from "../../mail/mailer";

// Forgotten passwords: a single-use link, valid for one hour, whose token is stored only hashed.
// Asking always gets the same answer, whether or not the email has an account.

export const RESET_TOKEN_TTL_MS = 3_600_000;
export const RESET_REQUESTED =
  "If an account exists for that email, we have sent it a link to choose a new password.";
export const RESET_LINK_INVALID = "This reset link is not valid any more. Ask for a new one.";

export function resetMail(to: string, link: string) {
  return {
    to,
    subject: "Choose a new password for Paws & Fins",
    text: [
      "Hello,",
      "",
      "Someone (hopefully you) asked to reset the password of your Paws & Fins account.",
      "To choose a new one, open this link within the next hour:",
      "",
      link,
      "",
      "If it was not you, ignore this mail: your password stays as it is.",
    ].join("\n"),
  };
}

/** Mails a reset link when `email` has an active account; otherwise does nothing, silently. */
export async function requestPasswordReset(
  db: Kysely<Database>,
  mailer: Mailer,
  publicUrl: string,
  email: string,
  now: Date,
): Promise<void> {
  const user = await db
    .selectFrom("users")
    .select(["id", "email"])
    .where("email", "=", email)
    .where("disabledAt", "is", null)
    .executeTakeFirst();
  if (!user) return;
  const token = randomToken(20);
  await db
    .insertInto("passwordResetTokens")
    .values({
      tokenHash: hashSecret(token),
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
    })
    .execute();
  const link = new URL(`/reset-password?token=${token}`, publicUrl).toString();
  await mailer.send(resetMail(user.email, link));
}

/** Sets a new password with a reset token (once), ending every session of the account. */
export async function resetPassword(
  db: Kysely<Database>,
  input: { token: string; newPassword: string },
  now: Date,
): Promise<void> {
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    // Marking the token used in the same statement that finds it makes it single-use under races.
    const used = await trx
      .updateTable("passwordResetTokens")
      .set({ usedAt: now })
      .where("tokenHash", "=", hashSecret(input.token))
      .where("usedAt", "is", null)
      .where("expiresAt", ">", now.toISOString())
      .returning("userId")
      .executeTakeFirst();
    if (!used) throw new DomainError("BAD_REQUEST", RESET_LINK_INVALID);
    const user = await trx
      .updateTable("users")
      .set({ passwordHash, updatedAt: sql`now()` })
      .where("id", "=", used.userId)
      .where("disabledAt", "is", null)
      .returning("email")
      .executeTakeFirst();
    if (!user) throw new DomainError("BAD_REQUEST", RESET_LINK_INVALID);
    await deleteUserSessions(trx, used.userId);
    await clearFailures(trx, accountKey(user.email));
  });
}
