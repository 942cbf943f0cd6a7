import type { Tracer } from "@opentelemetry/api";
import type { ApiDeps } from "@petshop/api";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Logger } from "pino";
import type Stripe from "stripe";
import type { AppEnv } from "./hono-env";
import type { ShopMetrics } from "./metrics/shop-metrics";
import type { AnswerStore } from "./middleware/answer-store";
import { catalogueCache, forgetVersionAfterWrites } from "./middleware/catalogue-cache";
import { catalogueVersion } from "./middleware/catalogue-version";
import { clientIp } from "./middleware/client-ip";
import { compressApiAnswers } from "./middleware/compress-api";
import { csrfProtection } from "./middleware/csrf";
import { houseHeaders } from "./middleware/house-headers";
import { requestLogger } from "./middleware/request-logger";
import { requestMetrics } from "./middleware/request-metrics";
import { readCatalogue } from "./routes/catalogue-reads";
import { firstScreenPages } from "./routes/first-screen";
import { healthRoutes } from "./routes/health";
import { localPaymentRoutes } from "./routes/local-payments";
import { mediaRoutes } from "./routes/media";
import { siteFileRoutes } from "./routes/site-files";
import { spaRoutes } from "./routes/spa";
import { stripeWebhookRoutes } from "./routes/stripe-webhook";
import { TRPC_ENDPOINT, trpcRoutes } from "./routes/trpc";
import { uploadRoutes } from "./routes/uploads";
import { requestSpans } from "./tracing/request-spans";

export interface AppDeps extends ApiDeps {
  logger: Logger;
  /** Largest request body accepted, in bytes; larger ones get 413 before any handler reads them. */
  bodyLimitBytes: number;
  /** Origins besides the request's own and `publicUrl` allowed to send cookie-bearing writes. */
  allowedOrigins: readonly string[];
  /** Proxies in front of the server whose X-Forwarded-For entries are believed. */
  trustedProxyHops: number;
  /** The folder of uploaded pictures (what `media` writes), served at /media/. */
  mediaDir: string;
  maxUploadBytes: number;
  /** Stripe's webhook verification, when Stripe takes the payments. */
  stripeWebhook: { client: Stripe; secret: string } | null;
  /** Folders holding the built storefront and admin SPAs. */
  storefrontDist: string;
  adminDist: string;
  /** True once the process is shutting down: `/readyz` then answers 503 so traffic moves away. */
  shuttingDown: () => boolean;
  /** Where requests, calls and webhooks are counted (METRICS_PORT); null counts nothing. */
  metrics: ShopMetrics | null;
  /** Public catalogue answers kept in memory (CATALOGUE_CACHE_MB); null keeps none. */
  answers: AnswerStore | null;
  /** Where each request's span goes (OTEL_EXPORTER_OTLP_ENDPOINT); null traces nothing. */
  tracer: Tracer | null;
}

/**
 * What the procedures get, and no more: every request copies it into the tRPC context, so the
 * server's own things (the root logger, the Stripe client, SPA folders) stay out of it.
 */
function apiDepsOf(deps: AppDeps): ApiDeps {
  const { db, mailer, media, clock, publicUrl, cookies, orderHoldMinutes, timeZone } = deps;
  const { deliveryCountries, pickup, jobs, payments, rateLimits, metrics } = deps;
  return {
    db,
    mailer,
    media,
    clock,
    publicUrl,
    cookies,
    orderHoldMinutes,
    timeZone,
    deliveryCountries,
    pickup,
    jobs,
    payments,
    rateLimits,
    ...(metrics ? { observeCall: metrics.observeCall } : {}),
  };
}

/** Builds the whole HTTP application as a value: serve it, or call `app.request()` in tests. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const apiDeps = apiDepsOf(deps);

  // Outermost, so the span covers everything the request costs.
  if (deps.tracer) app.use(requestSpans(deps.tracer));
  if (deps.metrics) app.use(requestMetrics(deps.metrics));
  app.use(houseHeaders());
  app.use(requestLogger(deps.logger));
  app.use(clientIp(deps.trustedProxyHops));
  app.use(csrfProtection([deps.publicUrl, ...deps.allowedOrigins]));
  const limitBody = bodyLimit({
    maxSize: deps.bodyLimitBytes,
    onError: (c) => c.json({ error: { message: "Request body too large." } }, 413),
  });
  // Only writes carry a body. Asking a GET for its body makes node-server build the whole fetch
  // Request (an AbortController, a stream), which cost every catalogue answer about a tenth.
  app.use(`${TRPC_ENDPOINT}/*`, (c, next) =>
    c.req.method === "GET" || c.req.method === "HEAD" ? next() : limitBody(c, next),
  );

  // Outside the catalogue cache, so it compresses the answer that carries the cache's headers.
  app.use(`${TRPC_ENDPOINT}/*`, compressApiAnswers());
  const version = catalogueVersion(deps.db, deps.clock);
  app.use(forgetVersionAfterWrites(version));
  app.use(
    `${TRPC_ENDPOINT}/*`,
    catalogueCache({
      ...deps,
      version,
      answers: deps.answers,
      metrics: deps.metrics,
      read: (c, call) => readCatalogue(c, apiDeps, call),
    }),
  );

  app.route("/", healthRoutes(deps.db, deps.shuttingDown));
  app.route("/", trpcRoutes(apiDeps));
  app.route("/", uploadRoutes(deps, deps.maxUploadBytes));
  app.route("/", mediaRoutes(deps.mediaDir));
  if (deps.payments.kind === "local") app.route("/", localPaymentRoutes(deps));
  if (deps.stripeWebhook) {
    app.route(
      "/",
      stripeWebhookRoutes(deps, deps.stripeWebhook.client, deps.stripeWebhook.secret, deps.metrics),
    );
  }
  app.route("/", siteFileRoutes(deps.storefrontDist));
  app.route("/", spaRoutes("/admin", deps.adminDist));
  // The storefront's pages arrive with their first screen's data, asked of this app in-process.
  const firstScreen = firstScreenPages(deps.storefrontDist, (request, page) => app.fetch(request, page.env));
  app.route("/", spaRoutes("", deps.storefrontDist, firstScreen));

  app.notFound((c) => c.json({ error: { message: "Not found." } }, 404));
  app.onError((error, c) => {
    (c.get("logger") ?? deps.logger).error({ err: error }, "unhandled error");
    return c.json({ error: { message: "Something went wrong on our side." } }, 500);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
