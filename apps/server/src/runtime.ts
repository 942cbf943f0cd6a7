import type { Tracer } from "@opentelemetry/api";
import {
  createMailer,
  type JobQueue,
  logTransport,
  type Mailer,
  seedDemoAccounts,
  smtpTransport,
  systemClock,
} from "@petshop/api";
import type { Config } from "@petshop/config";
import { type Database, openDatabase, type PoolUse } from "@petshop/db";
import { isCatalogueEmpty, migrateToLatest, pendingMigrations, seedDemoCatalogue } from "@petshop/migrations";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { startJobQueue } from "./jobs/job-queue";
import { startWorkers } from "./jobs/workers";
import { type Payments, paymentsFor } from "./payments";
import { querySpans } from "./tracing/query-spans";

// What a server and a job worker both run on, wired once from the configuration: the database
// (migrated), the mailer, the job queue with its workers, and the payment provider. The server
// adds HTTP on top (main.ts); the worker adds nothing (worker.ts).

export interface Runtime {
  db: Kysely<Database>;
  /** The PostgreSQL pool's use, for metrics; null on the embedded database. */
  poolUse: (() => PoolUse) | null;
  mailer: Mailer;
  jobs: JobQueue;
  payments: Payments;
  /** Running jobs finish (for up to `graceMs`), mail in flight settles, the database closes. */
  close(graceMs: number): Promise<void>;
}

export interface RuntimeOptions {
  logger: Logger;
  /** An empty embedded database gets the demo catalogue and demo sign-ins (never PostgreSQL). */
  seedEmbedded: boolean;
  /** Traces jobs and the queries of traced requests and jobs; null (tracing off) times nothing. */
  tracer: Tracer | null;
}

/** Opens and migrates the database and starts the jobs; on failure closes what it opened. */
export async function createRuntime(
  config: Config,
  { logger, seedEmbedded, tracer }: RuntimeOptions,
): Promise<Runtime> {
  const opened = openDatabase(config.database, tracer ? { log: querySpans(tracer) } : {});
  const { db } = opened;
  try {
    if (config.migrateOnStart) {
      const applied = await migrateToLatest(db);
      if (applied.length) logger.info({ applied }, "migrated");
    } else {
      // Migrations are a deploy step of their own; until it has run, /readyz keeps traffic away.
      const pending = await pendingMigrations(db);
      if (pending.length)
        logger.warn({ pending }, "not migrating at start (MIGRATE_ON_START=false): not ready until migrated");
    }
    if (seedEmbedded && config.migrateOnStart && config.database.kind === "pglite") {
      if (await isCatalogueEmpty(db)) {
        logger.info({ added: await seedDemoCatalogue(db) }, "seeded the demo catalogue");
      }
      await seedDemoAccounts(db);
    }
    const { smtpUrl, from } = config.mail;
    const mailer = createMailer(db, smtpUrl ? smtpTransport(smtpUrl, from) : logTransport(logger), logger);
    const { boss, queue } = await startJobQueue({
      db,
      pglite: opened.pglite,
      url: config.database.kind === "postgres" ? config.database.url : null,
      logger,
    });
    const payments = paymentsFor(config);
    await startWorkers(
      boss,
      {
        db,
        mailer,
        publicUrl: config.publicUrl,
        pickup: config.pickup,
        clock: systemClock,
        payments: payments.provider,
        queue,
        logger,
      },
      { tracer },
    );
    return {
      db,
      poolUse: opened.poolUse,
      mailer,
      jobs: queue,
      payments,
      async close(graceMs) {
        // Running jobs finish (or are retried later by another instance); then the database closes.
        await boss.stop({ graceful: true, wait: true, timeout: graceMs });
        await mailer.settled();
        await db.destroy();
      },
    };
  } catch (error) {
    // Closing the database releases the embedded database's lock; never wait long for it.
    await Promise.race([db.destroy(), new Promise((resolve) => setTimeout(resolve, 2_000))]).catch(
      () => undefined,
    );
    throw error;
  }
}
