import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { parseEnv } from "node:util";
import { z } from "zod";
import { canonicalRegion, isCountryCode } from "./country-codes";
import { findWorkspaceRoot } from "./workspace-root";

// The only module that reads the environment (see docs/architecture.md, "Configuration").

/** A setting that is present but wrong; its message is one line naming the setting. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

/**
 * The process environment over the workspace's `.env` file, if there is one: a setting exported
 * in the shell wins over the same setting in the file.
 */
export function readEnvironment(cwd: string = process.cwd()): Env {
  const file = join(findWorkspaceRoot(cwd), ".env");
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, "utf8")) : {};
  return { ...fromFile, ...process.env };
}

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const postgresUrl = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .refine((value) => {
      if (!URL.canParse(value)) return false;
      const { protocol, hostname } = new URL(value);
      return (protocol === "postgres:" || protocol === "postgresql:") && hostname !== "";
    }, "must be a URL like postgres://user:password@host:5432/database")
    .optional(),
);

const path = z.preprocess(emptyAsUndefined, z.string().optional());

/**
 * An IANA zone name like `Europe/Dublin`, as both Node's Intl and PostgreSQL's `AT TIME ZONE`
 * understand it. A name must start with a letter, so an offset (`+01:00`) is refused even where Intl
 * would take it: PostgreSQL reads a bare offset with the POSIX sign, the opposite of ISO 8601's.
 */
const timeZone = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/, {
    error: "must be an IANA time zone like Europe/Dublin",
  })
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat(undefined, { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { error: "must be an IANA time zone like Europe/Dublin" },
  );

/** A shop in Ireland: Ireland, the UK and the western euro countries. */
const DEFAULT_DELIVERY_COUNTRIES = ["IE", "GB", "FR", "DE", "NL", "BE", "ES", "IT", "PT", "AT"];

const notACountry = (code: string) => {
  const current = canonicalRegion(code);
  const hint = current !== code && isCountryCode(current) ? ` (use ${current})` : "";
  return `${code} is not an ISO 3166-1 alpha-2 country code${hint}`;
};

/** Comma-separated country codes, in the order the checkout offers them (the first is preselected). */
const countryCodes = z
  .string()
  .transform((list) => [
    ...new Set(
      list
        .split(",")
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ])
  .superRefine((codes, ctx) => {
    if (codes.length === 0) ctx.addIssue({ code: "custom", message: "must name a country, like IE" });
    for (const code of codes) {
      if (!isCountryCode(code)) ctx.addIssue({ code: "custom", message: notACountry(code) });
    }
  });

/** A rate limit: requests per client address per hour, 1 to 100,000. */
const perAddressPerHour = (fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100_000).default(fallback));

const envSchema = z.object({
  HOST: z.preprocess(emptyAsUndefined, z.string().default("127.0.0.1")),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_MAX: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(200).default(10)),
  DATABASE_PREPARED_STATEMENTS: z.preprocess(
    emptyAsUndefined,
    z.stringbool({ error: "must be true or false" }).default(true),
  ),
  PGLITE_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/pglite")),
  BODY_LIMIT_BYTES: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
  ),
  STOREFRONT_DIST: path,
  ADMIN_DIST: path,
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be the shop's public origin, like https://shop.example" })
      .optional(),
  ),
  ALLOWED_ORIGINS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .transform((list) =>
        list
          .split(",")
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, error: "must be a comma-separated list of origins" })))
      .default([]),
  ),
  TRUSTED_PROXY_HOPS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(10).default(0)),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^smtps?$/, error: "must be a URL like smtp://user:password@mail.example:587" })
      .optional(),
  ),
  MEDIA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/media")),
  UPLOAD_MAX_BYTES: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(10_000)
      .max(100 * 1024 * 1024)
      .default(5 * 1024 * 1024),
  ),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default("Paws & Fins <shop@petshop.localhost>")),
  STRIPE_SECRET_KEY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(sk|rk)_(test|live)_\w+$/, { error: "must be a Stripe secret key (sk_test_…)" })
      .optional(),
  ),
  STRIPE_WEBHOOK_SECRET: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^whsec_\w+$/, { error: "must be a Stripe webhook signing secret (whsec_…)" })
      .optional(),
  ),
  ORDER_HOLD_MINUTES: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
  ),
  SHOP_TIME_ZONE: z.preprocess(emptyAsUndefined, timeZone.default("Europe/Dublin")),
  DELIVERY_COUNTRIES: z.preprocess(emptyAsUndefined, countryCodes.default(DEFAULT_DELIVERY_COUNTRIES)),
  PICKUP_ADDRESS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .min(5)
      .max(300)
      .default("Paws & Fins, 12 Harbour Road, Dún Laoghaire, Co. Dublin, A96 X2Y3"),
  ),
  PICKUP_HOURS: z.preprocess(
    emptyAsUndefined,
    z.string().trim().min(3).max(300).default("Tuesday to Saturday, 10:00 to 18:00"),
  ),
  METRICS_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).optional()),
  METRICS_HOST: z.preprocess(emptyAsUndefined, z.string().default("127.0.0.1")),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.preprocess(
    emptyAsUndefined,
    z
      .url({
        protocol: /^https?$/,
        error: "must be an OTLP/HTTP collector's base URL, like http://127.0.0.1:4318",
      })
      .optional(),
  ),
  OTEL_SERVICE_NAME: z.preprocess(emptyAsUndefined, z.string().trim().min(1).max(100).default("petshop")),
  OTEL_TRACES_SAMPLER_ARG: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ error: "must be a share of traces from 0 to 1" }).min(0).max(1).default(1),
  ),
  CATALOGUE_CACHE_MB: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(4096).default(32)),
  MIGRATE_ON_START: z.preprocess(
    emptyAsUndefined,
    z.stringbool({ error: "must be true or false" }).default(true),
  ),
  SHUTDOWN_DRAIN_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(0).max(120_000).default(2_000),
  ),
  RATE_LIMIT_REGISTRATIONS: perAddressPerHour(30),
  RATE_LIMIT_PASSWORD_RESETS: perAddressPerHour(10),
  RATE_LIMIT_ANONYMOUS_CARTS: perAddressPerHour(100),
});

export interface Config {
  host: string;
  port: number;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  database: /** `preparedStatements`: false behind a pooler that hands one session's statements to another. */
    | { kind: "postgres"; url: string; poolMax: number; preparedStatements: boolean }
    /** `dataDir` is an absolute folder, or `memory://` for a database that lives only in this process. */
    | { kind: "pglite"; dataDir: string };
  bodyLimitBytes: number;
  /** Folders holding the built SPAs. */
  storefrontDist: string;
  adminDist: string;
  /** The origin customers use, e.g. `https://shop.example`: links in mail, cookie security, CSRF. */
  publicUrl: string;
  /** Origins besides `publicUrl` (and the request's own) allowed to send cookie-bearing writes. */
  allowedOrigins: string[];
  /** How many proxies in front of the server append to X-Forwarded-For (0: use the socket's address). */
  trustedProxyHops: number;
  mail: { smtpUrl: string | undefined; from: string };
  /** Uploaded pictures: the folder, and the largest file accepted. */
  media: { dir: string; maxUploadBytes: number };
  /** How long an unpaid order holds its animals before it expires and they return to stock. */
  orderHoldMinutes: number;
  /** The shop's IANA time zone: where its days (and so its reports' days, weeks and months) begin. */
  shopTimeZone: string;
  /**
   * The countries the shop delivers to, as ISO 3166-1 alpha-2 codes in the order the checkout
   * offers them; a delivery elsewhere is refused.
   */
  deliveryCountries: string[];
  /** Where pickup orders are collected, and when the shop is open for it, as customers read them. */
  pickup: { address: string; hours: string };
  /**
   * Where `GET /metrics` (Prometheus) listens: a port of its own, on loopback unless METRICS_HOST
   * says otherwise; null (no METRICS_PORT) serves no metrics.
   */
  metrics: { host: string; port: number } | null;
  /**
   * OpenTelemetry tracing: where spans are sent over OTLP/HTTP (`/v1/traces` under the endpoint),
   * the service's name on them, and the share of requests traced (a caller's `traceparent` decides
   * for its own). Null (no OTEL_EXPORTER_OTLP_ENDPOINT) traces nothing and loads no tracing code.
   */
  tracing: { endpoint: string; serviceName: string; sampleRatio: number } | null;
  /**
   * Bytes of public catalogue answers each server keeps in memory, to send again without running
   * their query while the catalogue is unchanged; 0 keeps none (CATALOGUE_CACHE_MB, default 32).
   */
  catalogueCacheBytes: number;
  /**
   * Whether a server or worker applies pending migrations as it starts (the default). Off when
   * migrations are a deploy step of their own (`pnpm db:migrate`, docs/operations.md): the process
   * then leaves the schema alone, and /readyz answers 503 until it is migrated.
   */
  migrateOnStart: boolean;
  /**
   * On SIGTERM, how long the server keeps listening after /readyz turned 503, so a load balancer's
   * next probe sees it before connections are refused: its probe interval × failure threshold.
   */
  shutdownDrainMs: number;
  /**
   * Public writes allowed per client address per hour (an IPv6 client counts by its /64), shared
   * by every instance; more are answered 429 with Retry-After.
   */
  rateLimits: { registrations: number; passwordResets: number; anonymousCarts: number };
  /** Stripe when both keys are set; otherwise the shop's own local payment page. */
  payments: { provider: "stripe"; secretKey: string; webhookSecret: string } | { provider: "local" };
}

function describe(error: z.ZodError): string {
  // Settings are flat: the first path segment is the variable, whatever part of it was wrong.
  return error.issues
    .map((issue) => `${String(issue.path[0] ?? "environment")}: ${issue.message}`)
    .join("; ");
}

/** Reads and validates the settings; throws `ConfigError` with one line naming what is wrong. */
export function loadConfig(env: Env = readEnvironment(), cwd: string = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid configuration: ${describe(parsed.error)}`);
  const e = parsed.data;
  if (Boolean(e.STRIPE_SECRET_KEY) !== Boolean(e.STRIPE_WEBHOOK_SECRET)) {
    const missing = e.STRIPE_SECRET_KEY ? "STRIPE_WEBHOOK_SECRET" : "STRIPE_SECRET_KEY";
    throw new ConfigError(
      `Invalid configuration: ${missing}: Stripe needs both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET`,
    );
  }
  const root = findWorkspaceRoot(cwd);
  const fromRoot = (p: string) => (isAbsolute(p) ? p : resolve(root, p));
  const publicUrl = new URL(
    e.PUBLIC_URL ?? `http://${e.HOST.includes(":") ? `[${e.HOST}]` : e.HOST}:${e.PORT}`,
  ).origin;
  return {
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    database: e.DATABASE_URL
      ? {
          kind: "postgres",
          url: e.DATABASE_URL,
          poolMax: e.DATABASE_POOL_MAX,
          preparedStatements: e.DATABASE_PREPARED_STATEMENTS,
        }
      : {
          kind: "pglite",
          dataDir: e.PGLITE_DATA_DIR === "memory://" ? "memory://" : fromRoot(e.PGLITE_DATA_DIR),
        },
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    storefrontDist: fromRoot(e.STOREFRONT_DIST ?? "apps/storefront/dist"),
    adminDist: fromRoot(e.ADMIN_DIST ?? "apps/admin/dist"),
    publicUrl,
    allowedOrigins: e.ALLOWED_ORIGINS.map((o) => new URL(o).origin),
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    media: { dir: fromRoot(e.MEDIA_DIR), maxUploadBytes: e.UPLOAD_MAX_BYTES },
    orderHoldMinutes: e.ORDER_HOLD_MINUTES,
    shopTimeZone: e.SHOP_TIME_ZONE,
    deliveryCountries: e.DELIVERY_COUNTRIES,
    pickup: { address: e.PICKUP_ADDRESS, hours: e.PICKUP_HOURS },
    metrics: e.METRICS_PORT === undefined ? null : { host: e.METRICS_HOST, port: e.METRICS_PORT },
    tracing: e.OTEL_EXPORTER_OTLP_ENDPOINT
      ? {
          endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, ""),
          serviceName: e.OTEL_SERVICE_NAME,
          sampleRatio: e.OTEL_TRACES_SAMPLER_ARG,
        }
      : null,
    catalogueCacheBytes: e.CATALOGUE_CACHE_MB * 1024 * 1024,
    migrateOnStart: e.MIGRATE_ON_START,
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
    rateLimits: {
      registrations: e.RATE_LIMIT_REGISTRATIONS,
      passwordResets: e.RATE_LIMIT_PASSWORD_RESETS,
      anonymousCarts: e.RATE_LIMIT_ANONYMOUS_CARTS,
    },
    payments:
      e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET
        ? { provider: "stripe", secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET }
        : { provider: "local" },
  };
}

export interface TestConfig {
  /** A PostgreSQL server URL for integration tests; absent means embedded PGlite. */
  testDatabaseUrl: string | undefined;
  /** The Chromium binary browser tests drive. */
  chromiumPath: string;
}

/** Settings read by test set-up only. */
export function loadTestConfig(env: Env = readEnvironment()): TestConfig {
  const parsed = z
    .object({
      TEST_DATABASE_URL: postgresUrl,
      CHROMIUM_PATH: z.preprocess(emptyAsUndefined, z.string().default("/usr/bin/chromium")),
    })
    .safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid test configuration: ${describe(parsed.error)}`);
  return { testDatabaseUrl: parsed.data.TEST_DATABASE_URL, chromiumPath: parsed.data.CHROMIUM_PATH };
}

/** The password for `pnpm users:create-admin` when given in the environment rather than typed. */
export function loadAdminPassword(env: Env = readEnvironment()): string | undefined {
  return env.ADMIN_PASSWORD || undefined;
}
