import { createMailer, logTransport, smtpTransport, systemClock } from "@petshop/api";
import { loadConfig } from "@petshop/config";
import { openDatabase } from "@petshop/db";
import { migrateToLatest } from "@petshop/migrations";
import pino from "pino";
import { startJobQueue } from "./jobs/job-queue";
import { startWorkers } from "./jobs/workers";
import { paymentsFor } from "./payments";
import { describeStartupError } from "./startup-error";

// A process that only runs jobs, for scaling them out beside the servers (which run them too).
// PostgreSQL only: the embedded PGlite belongs to the one server process that opened it.

async function main() {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel, base: { service: "petshop-worker" } });
  if (config.database.kind !== "postgres") {
    console.error("The job worker needs DATABASE_URL: the embedded database runs its jobs in the server.");
    process.exit(1);
  }
  const { db } = openDatabase(config.database);
  await migrateToLatest(db);
  const { smtpUrl, from } = config.mail;
  const mailer = createMailer(db, smtpUrl ? smtpTransport(smtpUrl, from) : logTransport(logger), logger);
  const { boss, queue } = await startJobQueue({ db, pglite: null, url: config.database.url, logger });
  const payments = paymentsFor(config);
  await startWorkers(boss, queue, {
    db,
    mailer,
    publicUrl: config.publicUrl,
    clock: systemClock,
    logger,
    payments: payments.provider,
  });
  logger.info("job worker running");

  const stop = async () => {
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    await mailer.settled();
    await db.destroy();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}

main().catch((error: unknown) => {
  console.error(describeStartupError(error, undefined));
  process.exit(1);
});
