import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import {
  createMailer,
  DEMO_ACCOUNTS,
  fileMediaStore,
  logTransport,
  type Mailer,
  seedDemoAccounts,
  smtpTransport,
  systemClock,
} from "@petshop/api";
import { type Config, loadConfig } from "@petshop/config";
import { openDatabase } from "@petshop/db";
import { isCatalogueEmpty, migrateToLatest, seedDemoCatalogue } from "@petshop/migrations";
import type PgBoss from "pg-boss";
import pino from "pino";
import { createApp } from "./app";
import { type Drain, drainable } from "./http-drain";
import { startJobQueue } from "./jobs/job-queue";
import { startWorkers } from "./jobs/workers";
import { paymentsFor } from "./payments";
import { describeStartupError } from "./startup-error";

// The server process: configure, migrate, seed an empty embedded database, start the job queue and
// its workers, listen, and shut down cleanly on SIGTERM/SIGINT.
// Anything that stops start-up is one line on stderr and exit code 1.
//
// Shutting down: /readyz answers 503 at once and every answer closes its connection; on SIGTERM
// (an orchestrator's or a load balancer's stop) the listener stays open SHUTDOWN_DRAIN_MS more, because a
// load balancer learns of the 503 only at its next probe and keeps sending until then; on SIGINT
// (a person at a terminal) it closes at once. Then no new connections are accepted, requests in
// flight are answered (for up to SHUTDOWN_GRACE_MS, then cut), running jobs finish, the database
// closes. Whatever still hangs at SHUTDOWN_DEADLINE_MS, the process exits 1.

const SHUTDOWN_GRACE_MS = 10_000;

let config: Config | undefined;
let db: ReturnType<typeof openDatabase>["db"] | undefined;
let boss: PgBoss | undefined;
let drain: Drain | undefined;
let mailer: Mailer | undefined;
let stopping = false;

function fail(error: unknown): void {
  console.error(
    describeStartupError(error, config?.database.kind === "postgres" ? config.database.url : undefined),
  );
  // Closing the database releases the embedded database's lock; never wait long for it.
  void Promise.race([db?.destroy(), new Promise((resolve) => setTimeout(resolve, 2_000))]).finally(() =>
    process.exit(1),
  );
}

async function stop(signal: NodeJS.Signals, logger: pino.Logger) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  const drainMs = signal === "SIGTERM" ? (config?.shutdownDrainMs ?? 0) : 0;
  setTimeout(
    () => {
      logger.error("shutdown did not finish in time; exiting");
      process.exit(1);
    },
    drainMs + 2 * SHUTDOWN_GRACE_MS + 3_000,
  ).unref();
  if (drain) {
    drain.begin();
    if (drainMs > 0) await new Promise((resolve) => setTimeout(resolve, drainMs));
    if (await drain.close(SHUTDOWN_GRACE_MS)) {
      logger.warn("in-flight requests did not finish in time; their connections were closed");
    }
  }
  try {
    // Running jobs finish (or are retried later by another instance); then the database closes.
    await boss?.stop({ graceful: true, wait: true, timeout: SHUTDOWN_GRACE_MS });
    await mailer?.settled();
    await db?.destroy();
    logger.info("stopped");
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, "closing the database failed");
    process.exit(1);
  }
}

async function main() {
  config = loadConfig();
  const logger = pino({ level: config.logLevel, base: { service: "petshop" } });
  // Installed first, so a signal during migration still closes the database.
  process.on("SIGTERM", () => void stop("SIGTERM", logger));
  process.on("SIGINT", () => void stop("SIGINT", logger));

  const opened = openDatabase(config.database);
  db = opened.db;
  const applied = await migrateToLatest(db);
  if (applied.length) logger.info({ applied }, "migrated");
  const embedded = config.database.kind === "pglite";
  if (embedded && (await isCatalogueEmpty(db))) {
    logger.info({ added: await seedDemoCatalogue(db) }, "seeded the demo catalogue");
  }
  // Demo sign-ins exist only on the embedded database, never on a configured PostgreSQL.
  if (embedded) await seedDemoAccounts(db);
  if (stopping) return;

  const { smtpUrl, from } = config.mail;
  mailer = createMailer(db, smtpUrl ? smtpTransport(smtpUrl, from) : logTransport(logger), logger);
  const jobs = await startJobQueue({
    db,
    pglite: opened.pglite,
    url: config.database.kind === "postgres" ? config.database.url : null,
    logger,
  });
  boss = jobs.boss;
  const payments = paymentsFor(config);
  await startWorkers(boss, jobs.queue, {
    db,
    mailer,
    publicUrl: config.publicUrl,
    clock: systemClock,
    logger,
    payments: payments.provider,
  });
  if (stopping) return;
  const app = createApp({
    db,
    logger,
    mailer,
    media: fileMediaStore(config.media.dir),
    mediaDir: config.media.dir,
    maxUploadBytes: config.media.maxUploadBytes,
    clock: systemClock,
    publicUrl: config.publicUrl,
    cookies: { secure: config.publicUrl.startsWith("https:") },
    orderHoldMinutes: config.orderHoldMinutes,
    timeZone: config.shopTimeZone,
    rateLimits: config.rateLimits,
    jobs: jobs.queue,
    payments: payments.provider,
    stripeWebhook: payments.stripeWebhook,
    allowedOrigins: config.allowedOrigins,
    trustedProxyHops: config.trustedProxyHops,
    bodyLimitBytes: config.bodyLimitBytes,
    storefrontDist: config.storefrontDist,
    adminDist: config.adminDist,
    shuttingDown: () => stopping,
  });
  const listening = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
    const url = `http://${host}:${info.port}`;
    logger.info({ url }, "listening");
    // Also for humans reading the terminal; the log line above is for machines.
    console.log(`Pet shop running at ${url}/ (staff: ${url}/admin/)`);
    if (embedded) {
      for (const a of DEMO_ACCOUNTS)
        console.log(`Demo ${a.role} (embedded database only): ${a.email} / ${a.password}`);
    }
  }) as Server;
  listening.once("error", fail);
  drain = drainable(listening);
}

main().catch(fail);
