import type { PGlite } from "@electric-sql/pglite";
import type { JobName, JobPayloads, JobQueue } from "@petshop/api";
import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import { pgliteExecutor, transactionExecutor } from "./executors";
import { QUEUES, SCHEDULED_JOBS } from "./registry";
import { withJobQueueSetupLock } from "./setup-lock";

// The shop's job queue: pg-boss, in the `pgboss` schema of the shop's own database. On PostgreSQL
// it has a small pool of its own; on the embedded PGlite it goes through our connection (see
// executors.ts). See docs/decisions/008-orders-checkout-and-jobs.md.

/**
 * Retries for jobs whose work may fail for a while (a mail server down). Each job's work takes
 * seconds, so one not finished in 5 minutes is taken to have died with its process (kill -9) and
 * is retried then, rather than after pg-boss's default 15.
 */
const RETRY = { retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 } as const;

export interface StartedQueue {
  boss: PgBoss;
  queue: JobQueue;
}

export async function startJobQueue(options: {
  db: Kysely<Database>;
  pglite: PGlite | null;
  /** The PostgreSQL URL, when not embedded. */
  url: string | null;
  logger: Logger;
}): Promise<StartedQueue> {
  const { db, pglite, url, logger } = options;
  const boss = pglite
    ? new PgBoss({ db: pgliteExecutor(db, pglite), schema: "pgboss" })
    : new PgBoss({ connectionString: url ?? "", schema: "pgboss", max: 3 });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  // Everything here creates or changes shared state, so N processes starting at once take turns
  // (see setup-lock.ts). The embedded database has one process and one connection: no lock.
  const setUp = async () => {
    await boss.start();
    for (const name of QUEUES) await boss.createQueue(name);
    for (const [name, job] of Object.entries(SCHEDULED_JOBS)) await boss.schedule(name, job.cron);
  };
  await (pglite ? setUp() : withJobQueueSetupLock(db, setUp));

  const queue: JobQueue = {
    async send<N extends JobName>(name: N, payload: JobPayloads[N], trx?: Parameters<JobQueue["send"]>[2]) {
      await boss.send(name, payload, { ...RETRY, ...(trx ? { db: transactionExecutor(trx) } : {}) });
    },
  };
  return { boss, queue };
}
