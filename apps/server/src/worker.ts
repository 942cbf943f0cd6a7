import { loadConfig } from "@petshop/config";
import pino from "pino";
import { createRuntime } from "./runtime";
import { describeStartupError } from "./startup-error";
import { startTracing } from "./tracing/start-tracing";

// A process that only runs jobs, for scaling them out beside the servers (which run them too).
// PostgreSQL only: the embedded PGlite belongs to the one server process that opened it.
// Its start-up is safe beside any number of servers and workers starting at once: migrations and
// the job queue's set-up each run under an advisory lock (see jobs/setup-lock.ts).

const SHUTDOWN_GRACE_MS = 10_000;
/** Whatever still hangs after this (the mail transport, the database), the process exits 1. */
const SHUTDOWN_DEADLINE_MS = SHUTDOWN_GRACE_MS + 5_000;

async function main() {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel, base: { service: "petshop-worker" } });
  if (config.database.kind !== "postgres") {
    console.error("The job worker needs DATABASE_URL: the embedded database runs its jobs in the server.");
    process.exit(1);
  }
  const tracing = config.tracing ? await startTracing(config.tracing, "worker") : null;
  const runtime = await createRuntime(config, {
    logger,
    seedEmbedded: false,
    tracer: tracing?.tracer ?? null,
  });
  logger.info("job worker running");

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    await runtime.close(SHUTDOWN_GRACE_MS);
    await tracing?.shutdown();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((error: unknown) => {
  console.error(describeStartupError(error, undefined));
  process.exit(1);
});
