import type { Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";

// pg-boss creates each queue with `pgboss.create_queue`, which inserts the queue's row and then
// adds a foreign key to `pgboss.queue`. Two processes doing that at once deadlock: each holds a
// lock on `pgboss.queue` from its insert and waits for the other's to add its key (or for the
// other's uncommitted row of the same name). pg-boss guards only its schema's creation, so the
// shop serialises its whole queue set-up under an advisory lock of its own: the first process
// creates everything, the others then find it there and change nothing.

/** Arbitrary, but fixed: every shop process must agree on it (and it must differ from Kysely's). */
const SETUP_LOCK = sql`hashtextextended('petshop.job-queue-setup', 0)`;

/** Longer than any set-up takes; a stuck holder then fails our start-up rather than hanging it. */
const SETUP_LOCK_TIMEOUT = "60s";

/**
 * Runs `setUp` while holding the job queue's set-up lock on PostgreSQL. The lock belongs to a
 * transaction that does nothing else, so it is released when `setUp` ends, fails, or the process
 * dies; `setUp` itself runs on pg-boss's own connections.
 */
export async function withJobQueueSetupLock<T>(db: Kysely<Database>, setUp: () => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('lock_timeout', ${SETUP_LOCK_TIMEOUT}, true)`.execute(trx);
    await sql`select pg_advisory_xact_lock(${SETUP_LOCK})`.execute(trx);
    return setUp();
  });
}
