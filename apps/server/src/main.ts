import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { DEMO_ACCOUNTS, fileMediaStore, systemClock } from "@petshop/api";
import { type Config, loadConfig } from "@petshop/config";
import pino from "pino";
import { createApp } from "./app";
import { type Drain, drainable } from "./http-drain";
import { createShopMetrics } from "./metrics/shop-metrics";
import { answerStore } from "./middleware/answer-store";
import { metricsApp } from "./routes/metrics";
import { createRuntime, type Runtime } from "./runtime";
import { describeStartupError } from "./startup-error";
import { startTracing, type Tracing } from "./tracing/start-tracing";

// The server process: configure, start the runtime (database, jobs, mail, payments), listen, and
// shut down cleanly on SIGTERM/SIGINT. Anything that stops start-up is one line on stderr and exit
// code 1.
//
// Shutting down: /readyz answers 503 at once and every answer closes its connection; on SIGTERM
// (an orchestrator's or a load balancer's stop) the listener stays open SHUTDOWN_DRAIN_MS more,
// because a load balancer learns of the 503 only at its next probe and keeps sending until then;
// on SIGINT (a person at a terminal) it closes at once. Then no new connections are accepted,
// requests in flight are answered (for up to SHUTDOWN_GRACE_MS, then cut), running jobs finish,
// the database closes. Whatever still hangs at the deadline, the process exits 1.

const SHUTDOWN_GRACE_MS = 10_000;

let config: Config | undefined;
/** Start-up under way or done; a signal during start-up waits for it, then closes it. */
let starting: Promise<Runtime> | undefined;
let drain: Drain | undefined;
let tracing: Tracing | null = null;
let stopping = false;

function fail(error: unknown): void {
  console.error(
    describeStartupError(error, config?.database.kind === "postgres" ? config.database.url : undefined),
  );
  const closing = starting?.then((runtime) => runtime.close(0)).catch(() => undefined);
  void Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 2_000))]).finally(() =>
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
    // A start-up that failed has closed what it opened, and said so.
    const runtime = await starting?.catch(() => undefined);
    await runtime?.close(SHUTDOWN_GRACE_MS);
    // Last, so the spans of the requests and jobs that just finished are sent too.
    await tracing?.shutdown();
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
  // Installed first, so a signal during start-up still closes the database.
  process.on("SIGTERM", () => void stop("SIGTERM", logger));
  process.on("SIGINT", () => void stop("SIGINT", logger));

  tracing = config.tracing ? await startTracing(config.tracing, "server") : null;
  const tracer = tracing?.tracer ?? null;
  starting = createRuntime(config, { logger, seedEmbedded: true, tracer });
  const { db, poolUse, mailer, jobs, payments } = await starting;
  if (stopping) return;
  const answers = config.catalogueCacheBytes > 0 ? answerStore(config.catalogueCacheBytes) : null;
  const metrics = config.metrics ? createShopMetrics({ db, poolUse, answers }) : null;
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
    deliveryCountries: config.deliveryCountries,
    pickup: config.pickup,
    rateLimits: config.rateLimits,
    jobs,
    payments: payments.provider,
    stripeWebhook: payments.stripeWebhook,
    allowedOrigins: config.allowedOrigins,
    trustedProxyHops: config.trustedProxyHops,
    bodyLimitBytes: config.bodyLimitBytes,
    storefrontDist: config.storefrontDist,
    adminDist: config.adminDist,
    shuttingDown: () => stopping,
    metrics,
    tracer,
    answers,
  });
  const embedded = config.database.kind === "pglite";
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
  if (metrics && config.metrics) {
    const { host, port } = config.metrics;
    const scraped = serve({ fetch: metricsApp(metrics.registry).fetch, hostname: host, port }, (info) =>
      logger.info({ url: `http://${info.address}:${info.port}/metrics` }, "metrics listening"),
    ) as Server;
    scraped.once("error", fail);
    // Scraping goes on while the shop drains; the process exit ends it.
    scraped.unref();
  }
}

main().catch(fail);
