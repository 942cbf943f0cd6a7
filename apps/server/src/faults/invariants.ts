import type { Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";

// What must hold in the shop's database after any fault, read with plain SQL (aliases in camelCase:
// the database handle's CamelCasePlugin would rename snake_case ones).

/** Per animal: the stock it started with against what is left plus what live orders hold. */
export async function stockBalance(db: Kysely<Database>, initial: Map<string, number>) {
  const { rows } = await sql<{ id: string; stock: number; held: number }>`
    select a.id, a.stock,
           coalesce((select sum(l.quantity) from order_lines l join orders o on o.id = l.order_id
                     where l.animal_id = a.id and o.status not in ('cancelled', 'expired')), 0)::int as held
    from animals a where a.id = any(${[...initial.keys()]}::uuid[])`.execute(db);
  const unbalanced = rows.filter((row) => initial.get(row.id) !== row.stock + row.held);
  return { animals: rows.length, balanced: rows.length - unbalanced.length, unbalanced };
}

/** Orders missing their lines, or the event that placed them. */
export async function incompleteOrders(db: Kysely<Database>) {
  const { rows } = await sql<{ withoutLines: number; withoutEvent: number }>`
    select count(*) filter (where not exists (select 1 from order_lines l where l.order_id = o.id))::int
             as "withoutLines",
           count(*) filter (where not exists (select 1 from order_events e where e.order_id = o.id
                                              and e.from_status is null and e.to_status = 'pending_payment'))::int
             as "withoutEvent"
    from orders o`.execute(db);
  return rows[0] ?? { withoutLines: 0, withoutEvent: 0 };
}

/**
 * Mail per buyer address: each buyer has an address of their own and at most one order, so an
 * address with an order must have exactly one mail and one without an order none.
 */
export async function mailsPerOrder(db: Kysely<Database>, buyerEmails: string[]) {
  const { rows } = await sql<{ email: string; orders: number; mails: number }>`
    select b.email,
           (select count(*) from orders o where o.contact_email = b.email)::int as orders,
           (select count(*) from mail_outbox m where m.to_address = b.email)::int as mails
    from unnest(${buyerEmails}::text[]) as b(email)`.execute(db);
  const ordered = rows.filter((row) => row.orders > 0);
  return {
    exactlyOnce: ordered.filter((row) => row.orders === 1 && row.mails === 1).length,
    wrong: rows.filter((row) => row.mails !== row.orders || row.orders > 1),
  };
}

/** Unpaid orders whose hold is not the configured one, or has already run out. */
export async function badHolds(db: Kysely<Database>, holdMinutes: number) {
  const { rows } = await sql<{ id: string; expiresAt: string | null; createdAt: string }>`
    select id, expires_at as "expiresAt", created_at as "createdAt" from orders
    where status = 'pending_payment'
      and (expires_at is null or expires_at <= now()
           or abs(extract(epoch from expires_at - created_at) - ${holdMinutes * 60}) > 1)`.execute(db);
  return rows;
}

/**
 * Jobs of `queue` left 'active' by a process that died holding them, once the live workers have
 * emptied the queue: pg-boss retries those only when their expiry (15 minutes by default) runs out.
 */
export async function orphanedJobs(
  db: Kysely<Database>,
  queue: string,
  timeoutMs = 20_000,
): Promise<string[]> {
  let previous: string | undefined;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await sql<{ id: string; state: string }>`
      select id, state from pgboss.job
      where name = ${queue} and state in ('created', 'retry', 'active') order by id`.execute(db);
    const waiting = rows.some((row) => row.state !== "active");
    const active = rows.map((row) => row.id);
    // A live worker holds a job for milliseconds; one still active half a second later is orphaned.
    if (!waiting && previous === active.join()) return active;
    previous = waiting ? undefined : active.join();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the ${queue} queue did not settle within ${timeoutMs} ms`);
}

/** Brings forward pg-boss's expiry of `ids`: they are retried now, as its maintenance would later. */
export async function expireNow(db: Kysely<Database>, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`update pgboss.job set state = 'retry', start_after = now()
            where id = any(${ids}::uuid[]) and state = 'active'`.execute(db);
}
