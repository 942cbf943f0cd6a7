import type { Database } from "@petshop/db";
import { type Kysely, sql, type Transaction } from "kysely";
import {
  type PlannedOrder,
  planOrderHistory,
  type SeedAnimal,
  type SeedCustomer,
} from "./order-history-plan";

// `pnpm db:seed --orders N`: two years of order history on the listings already there, for the
// sales reports and their query plans. It is history, so it leaves stock alone, except for the
// few newest orders that still await payment: those hold their units as checkout would, so that
// when they expire the units they give back were really taken. Inserted in multi-row statements,
// a thousand orders per transaction. Orders are keyed by their generated idempotency key, so
// seeding again adds only what is missing.

const CHUNK = 1_000;
const CUSTOMERS = 60;
/**
 * An argon2id hash of a random secret that was thrown away: the seeded customers exist for their
 * orders, and nobody can sign in as one (a failed sign-in verifies it as it would any other).
 */
const UNUSABLE_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$Rgin1n54qbjLlPULaDGwrw$OYu4D7soNIVNaQPM1ilp3D8+dImv1sQAN+CBQcWjo5I";
const FIRST_NAMES = [
  "Aoife",
  "Ciarán",
  "Siobhán",
  "Liam",
  "Niamh",
  "Oisín",
  "Róisín",
  "Seán",
  "Maeve",
  "Darragh",
];
const LAST_NAMES = ["Murphy", "Kelly", "Byrne", "Ryan", "Walsh", "O'Brien"];

/** The seeded customers, created once; returned in a fixed order. */
async function seedCustomers(db: Kysely<Database>): Promise<SeedCustomer[]> {
  const wanted = Array.from({ length: CUSTOMERS }, (_, k) => ({
    email: `seed-customer-${k + 1}@petshop.localhost`,
    name: `${FIRST_NAMES[k % FIRST_NAMES.length]} ${LAST_NAMES[k % LAST_NAMES.length]}`,
    passwordHash: UNUSABLE_PASSWORD_HASH,
  }));
  await db
    .insertInto("users")
    .values(wanted)
    .onConflict((oc) => oc.column("email").doNothing())
    .execute();
  const rows = await db
    .selectFrom("users")
    .select(["id", "email", "name"])
    .where(
      "email",
      "in",
      wanted.map((c) => c.email),
    )
    .execute();
  const byEmail = new Map(rows.map((row) => [row.email, row]));
  return wanted.flatMap((c) => byEmail.get(c.email) ?? []);
}

/** Listings that can have been sold (not drafts), in the catalogue's main currency, in id order. */
async function sellableAnimals(db: Kysely<Database>): Promise<SeedAnimal[]> {
  const animals = await db
    .selectFrom("animals")
    .select(["id", "name", "species", "priceMinor", "currency", "status", "stock"])
    .where("status", "!=", "draft")
    .orderBy("id")
    .execute();
  const perCurrency = new Map<string, number>();
  for (const a of animals) perCurrency.set(a.currency, (perCurrency.get(a.currency) ?? 0) + 1);
  const [main] = [...perCurrency].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return animals.filter((a) => a.currency === main?.[0]);
}

/** Inserts one chunk in one transaction; orders already there are skipped with all their rows. */
async function insertChunk(trx: Transaction<Database>, chunk: PlannedOrder[]): Promise<number> {
  const inserted = await trx
    .insertInto("orders")
    .values(chunk.map((p) => p.order))
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .execute();
  const fresh = new Set(inserted.map((row) => row.id));
  const kept = chunk.filter((p) => fresh.has(p.order.id));
  const lines = kept.flatMap((p) => p.lines);
  if (lines.length) await trx.insertInto("orderLines").values(lines).execute();
  const events = kept.flatMap((p) => p.events);
  if (events.length) await trx.insertInto("orderEvents").values(events).execute();
  const payments = kept.flatMap((p) => p.payments);
  if (payments.length) await trx.insertInto("payments").values(payments).execute();
  const paymentEvents = kept.flatMap((p) => p.paymentEvents);
  if (paymentEvents.length) await trx.insertInto("paymentEvents").values(paymentEvents).execute();
  const refunds = kept.flatMap((p) => p.refunds);
  if (refunds.length) await trx.insertInto("refunds").values(refunds).execute();

  // The only stock the seed touches: units held by orders still awaiting payment.
  const held = kept.filter((p) => p.order.status === "pending_payment").flatMap((p) => p.lines);
  for (const line of held) {
    await trx
      .updateTable("animals")
      .set({ stock: sql`stock - ${line.quantity}`, updatedAt: sql`now()` })
      .where("id", "=", line.animalId)
      .where("stock", ">=", line.quantity)
      .execute();
  }
  if (held.length) {
    await trx
      .updateTable("catalogueVersion")
      .set({ version: sql`version + 1`, updatedAt: sql`now()` })
      // One slot is enough: the version is their sum (migration 0008).
      .where("slot", "=", 0)
      .execute();
  }
  return kept.length;
}

/**
 * Adds `count` generated orders running up to `now` (ms) on the existing listings; returns how
 * many were added. The same count and `now` give the same orders.
 */
export async function seedOrderHistory(
  db: Kysely<Database>,
  count: number,
  now = Date.now(),
): Promise<number> {
  const animals = await sellableAnimals(db);
  if (animals.length === 0) {
    throw new Error("Orders need listings: seed animals first (pnpm db:seed, or --animals N).");
  }
  const customers = await seedCustomers(db);
  let added = 0;
  let chunk: PlannedOrder[] = [];
  const flush = async () => {
    const batch = chunk;
    chunk = [];
    added += await db.transaction().execute((trx) => insertChunk(trx, batch));
  };
  for (const planned of planOrderHistory({ animals, customers, count, now })) {
    chunk.push(planned);
    if (chunk.length === CHUNK) await flush();
  }
  if (chunk.length) await flush();
  return added;
}
