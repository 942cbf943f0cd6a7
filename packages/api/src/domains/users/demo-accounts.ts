import type { Database, UserRole } from "@petshop/db";
import type { Kysely } from "kysely";
import { createAccount } from "./accounts";

// Accounts for trying the shop on the embedded database. Never created when DATABASE_URL is set
// (apps/server/src/main.ts decides); the README lists them.

export const DEMO_ACCOUNTS: readonly { email: string; name: string; password: string; role: UserRole }[] = [
  { email: "admin@petshop.localhost", name: "Demo Admin", password: "demo-admin-2026!", role: "admin" },
  {
    email: "customer@petshop.localhost",
    name: "Demo Customer",
    password: "demo-customer-2026!",
    role: "customer",
  },
];

/** Creates the demo accounts that do not exist yet; returns those it created. */
export async function seedDemoAccounts(db: Kysely<Database>) {
  const existing = await db
    .selectFrom("users")
    .select("email")
    .where(
      "email",
      "in",
      DEMO_ACCOUNTS.map((a) => a.email),
    )
    .execute();
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.some((e) => e.email === a.email));
  for (const account of missing) await createAccount(db, account);
  return missing;
}
