import type { Database, UserRole } from "@petshop/db";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import { hashPassword, verifyPassword } from "../../auth/passwords";
import { deleteUserSessions } from "../../auth/sessions";
import { isUniqueViolation } from "../../db-errors";
import { DomainError } from "../../domain-error";
import { cursorTimestamp, decodeCursor, pageOf } from "../../lib/cursor";

// Accounts: creating them, their profile and password, and the staff's view of them.

/** What any caller may learn about an account: never its password hash. */
const accountColumns = ["id", "email", "name", "role", "createdAt"] as const;
/** What staff see in addition. */
const staffViewColumns = [...accountColumns, "disabledAt", "updatedAt"] as const;

/**
 * Creates a customer account. CONFLICT when the email is taken, also by a registration racing this
 * one: the unique index decides, and both ways of losing get the same answer.
 */
export async function createAccount(
  db: Kysely<Database>,
  input: { email: string; name: string; password: string; role?: UserRole },
) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db
      .insertInto("users")
      .values({ email: input.email, name: input.name, passwordHash, role: input.role ?? "customer" })
      .returning(accountColumns)
      .executeTakeFirstOrThrow();
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key"))
      throw new DomainError("CONFLICT", "An account with this email already exists.");
    throw error;
  }
}

export async function findAccount(db: Kysely<Database>, userId: string) {
  const account = await db
    .selectFrom("users")
    .select(accountColumns)
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!account) throw new DomainError("NOT_FOUND", "No such account.");
  return account;
}

export async function updateProfile(db: Kysely<Database>, userId: string, input: { name: string }) {
  const account = await db
    .updateTable("users")
    .set({ name: input.name, updatedAt: sql`now()` })
    .where("id", "=", userId)
    .returning(accountColumns)
    .executeTakeFirst();
  if (!account) throw new DomainError("NOT_FOUND", "No such account.");
  return account;
}

/**
 * Replaces the password after checking the current one, and ends every other session of the user
 * (`keepSessionId`, the one asking, stays signed in).
 */
export async function changePassword(
  db: Kysely<Database>,
  userId: string,
  keepSessionId: string | undefined,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const row = await db.selectFrom("users").select("passwordHash").where("id", "=", userId).executeTakeFirst();
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new DomainError("BAD_REQUEST", "The current password is not correct.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ passwordHash, updatedAt: sql`now()` })
      .where("id", "=", userId)
      .execute();
    await deleteUserSessions(trx, userId, keepSessionId);
  });
}

const userCursor = z.object({ key: cursorTimestamp, id: z.uuid() });

/** A page of accounts, newest first, optionally matching `search` in email or name. */
export async function listAccounts(
  db: Kysely<Database>,
  input: { search?: string | undefined; limit: number; cursor?: string | null | undefined },
) {
  let query = db.selectFrom("users").select(staffViewColumns);
  if (input.search) {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb("email", "ilike", pattern), eb("name", "ilike", pattern)]));
  }
  if (input.cursor) {
    const c = decodeCursor(input.cursor, userCursor);
    query = query.where((eb) =>
      eb(eb.refTuple("createdAt", "id"), "<", eb.tuple(sql<string>`${c.key}::timestamptz`, c.id)),
    );
  }
  const rows = await query
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .limit(input.limit + 1)
    .execute();
  return pageOf(rows, input.limit, (last) => ({ key: last.createdAt, id: last.id }));
}

export async function getAccountForStaff(db: Kysely<Database>, userId: string) {
  const account = await db
    .selectFrom("users")
    .select(staffViewColumns)
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!account) throw new DomainError("NOT_FOUND", "No such account.");
  return account;
}

function refuseSelf(actorId: string, targetId: string, what: string) {
  if (actorId === targetId) throw new DomainError("CONFLICT", `You cannot ${what} your own account.`);
}

/** An admin changes someone else's role (never their own, so the shop always keeps an admin). */
export async function setRole(db: Kysely<Database>, actorId: string, input: { id: string; role: UserRole }) {
  refuseSelf(actorId, input.id, "change the role of");
  const account = await db
    .updateTable("users")
    .set({ role: input.role, updatedAt: sql`now()` })
    .where("id", "=", input.id)
    .returning(staffViewColumns)
    .executeTakeFirst();
  if (!account) throw new DomainError("NOT_FOUND", "No such account.");
  return account;
}

/** Disabling locks the account out at once: its sessions end, and its tokens stop working. */
export async function setDisabled(
  db: Kysely<Database>,
  actorId: string,
  input: { id: string; disabled: boolean },
  now: Date,
) {
  refuseSelf(actorId, input.id, input.disabled ? "disable" : "enable");
  return db.transaction().execute(async (trx) => {
    const account = await trx
      .updateTable("users")
      .set({ disabledAt: input.disabled ? now : null, updatedAt: sql`now()` })
      .where("id", "=", input.id)
      .returning(staffViewColumns)
      .executeTakeFirst();
    if (!account) throw new DomainError("NOT_FOUND", "No such account.");
    if (input.disabled) {
      await deleteUserSessions(trx, input.id);
      // Revoked, not suspended: enabling the account again must not bring old scripts back to life.
      await trx.deleteFrom("apiTokens").where("userId", "=", input.id).execute();
    }
    return account;
  });
}

/**
 * Makes `email` an enabled admin: promotes an existing account (its password unchanged), or
 * creates one with `password`. Returns whether an account was created.
 */
export async function createOrPromoteAdmin(
  db: Kysely<Database>,
  input: { email: string; name: string; password: () => Promise<string> },
): Promise<{ created: boolean }> {
  const promoted = await db
    .updateTable("users")
    .set({ role: "admin", disabledAt: null, updatedAt: sql`now()` })
    .where("email", "=", input.email)
    .returning("id")
    .executeTakeFirst();
  if (promoted) return { created: false };
  try {
    await createAccount(db, {
      email: input.email,
      name: input.name,
      password: await input.password(),
      role: "admin",
    });
  } catch (error) {
    // Someone registered this email between the promotion and the insert: promote that account.
    if (!(error instanceof DomainError && error.code === "CONFLICT")) throw error;
    return createOrPromoteAdmin(db, input);
  }
  return { created: true };
}
