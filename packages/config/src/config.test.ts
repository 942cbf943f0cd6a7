import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, loadTestConfig, readEnvironment } from "./config";

const cwd = "/srv/shop";

describe("loadConfig", () => {
  it("defaults to the embedded database under the workspace root", () => {
    const config = loadConfig({}, cwd);
    expect(config.database).toEqual({ kind: "pglite", dataDir: "/srv/shop/.data/pglite" });
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe("http://127.0.0.1:3000");
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.trustedProxyHops).toBe(0);
  });

  it("reads the public URL, extra origins, proxies and SMTP", () => {
    const config = loadConfig(
      {
        PUBLIC_URL: "https://shop.example/",
        ALLOWED_ORIGINS: "https://admin.shop.example, http://localhost:5173",
        TRUSTED_PROXY_HOPS: "1",
        SMTP_URL: "smtp://user:pw@mail.example:587",
      },
      cwd,
    );
    expect(config.publicUrl).toBe("https://shop.example");
    expect(config.allowedOrigins).toEqual(["https://admin.shop.example", "http://localhost:5173"]);
    expect(config.trustedProxyHops).toBe(1);
    expect(config.mail.smtpUrl).toBe("smtp://user:pw@mail.example:587");
  });

  it("treats empty settings as unset, as .env files write them", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }, cwd).database.kind).toBe("pglite");
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u@db:5432/shop", DATABASE_POOL_MAX: "4" }, cwd);
    expect(config.database).toEqual({
      kind: "postgres",
      url: "postgres://u@db:5432/shop",
      poolMax: 4,
      preparedStatements: true,
    });
  });

  it("runs statements unnamed when DATABASE_PREPARED_STATEMENTS=false, and refuses other words", () => {
    const url = "postgres://u@db:5432/shop";
    const config = loadConfig({ DATABASE_URL: url, DATABASE_PREPARED_STATEMENTS: "false" }, cwd);
    expect(config.database).toMatchObject({ kind: "postgres", preparedStatements: false });
    expect(() => loadConfig({ DATABASE_URL: url, DATABASE_PREPARED_STATEMENTS: "sometimes" }, cwd)).toThrow(
      /DATABASE_PREPARED_STATEMENTS/,
    );
  });

  it("takes payments locally unless both Stripe keys are set", () => {
    expect(loadConfig({}, cwd).payments).toEqual({ provider: "local" });
    expect(
      loadConfig({ STRIPE_SECRET_KEY: "sk_test_abc123", STRIPE_WEBHOOK_SECRET: "whsec_def456" }, cwd)
        .payments,
    ).toEqual({ provider: "stripe", secretKey: "sk_test_abc123", webhookSecret: "whsec_def456" });
    expect(() => loadConfig({ STRIPE_SECRET_KEY: "sk_test_abc123" }, cwd)).toThrow(
      /^Invalid configuration: STRIPE_WEBHOOK_SECRET: /,
    );
  });

  it("holds unpaid orders 30 minutes unless told otherwise", () => {
    expect(loadConfig({}, cwd).orderHoldMinutes).toBe(30);
    expect(loadConfig({ ORDER_HOLD_MINUTES: "5" }, cwd).orderHoldMinutes).toBe(5);
  });

  it("keeps the shop's days in Europe/Dublin unless told another IANA zone", () => {
    expect(loadConfig({}, cwd).shopTimeZone).toBe("Europe/Dublin");
    expect(loadConfig({ SHOP_TIME_ZONE: "America/Argentina/Buenos_Aires" }, cwd).shopTimeZone).toBe(
      "America/Argentina/Buenos_Aires",
    );
    expect(loadConfig({ SHOP_TIME_ZONE: "UTC" }, cwd).shopTimeZone).toBe("UTC");
  });

  it("delivers to Ireland, the UK and western Europe unless told which ISO 3166-1 countries", () => {
    expect(loadConfig({}, cwd).deliveryCountries).toEqual([
      "IE",
      "GB",
      "FR",
      "DE",
      "NL",
      "BE",
      "ES",
      "IT",
      "PT",
      "AT",
    ]);
    expect(loadConfig({ DELIVERY_COUNTRIES: " ie, gb ,IE,," }, cwd).deliveryCountries).toEqual(["IE", "GB"]);
    expect(loadConfig({ DELIVERY_COUNTRIES: "NO,CH,IS" }, cwd).deliveryCountries).toEqual(["NO", "CH", "IS"]);
  });

  it("names a delivery country that is not an ISO 3166-1 code, and the code to use for an old one", () => {
    expect(() => loadConfig({ DELIVERY_COUNTRIES: "IE,UK" }, cwd)).toThrow(
      "Invalid configuration: DELIVERY_COUNTRIES: UK is not an ISO 3166-1 alpha-2 country code (use GB)",
    );
    for (const list of ["ZZ", "IE,EU", "XX", "IRL", "I3", ","]) {
      expect(() => loadConfig({ DELIVERY_COUNTRIES: list }, cwd), list).toThrow(
        /^Invalid configuration: DELIVERY_COUNTRIES: /,
      );
    }
  });

  it("keeps listening 2 s after turning unready on SIGTERM, unless told otherwise", () => {
    expect(loadConfig({}, cwd).shutdownDrainMs).toBe(2_000);
    expect(loadConfig({ SHUTDOWN_DRAIN_MS: "0" }, cwd).shutdownDrainMs).toBe(0);
  });

  it("serves metrics only when given a port, on loopback unless told otherwise", () => {
    expect(loadConfig({}, cwd).metrics).toBeNull();
    expect(loadConfig({ METRICS_PORT: "9464" }, cwd).metrics).toEqual({ host: "127.0.0.1", port: 9464 });
    expect(loadConfig({ METRICS_PORT: "9464", METRICS_HOST: "0.0.0.0" }, cwd).metrics).toEqual({
      host: "0.0.0.0",
      port: 9464,
    });
  });

  it("traces only when given an OTLP endpoint, every request unless told a share", () => {
    expect(loadConfig({}, cwd).tracing).toBeNull();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318/" }, cwd).tracing).toEqual({
      endpoint: "http://127.0.0.1:4318",
      serviceName: "petshop",
      sampleRatio: 1,
    });
    expect(
      loadConfig(
        {
          OTEL_EXPORTER_OTLP_ENDPOINT: "https://otel.example",
          OTEL_SERVICE_NAME: "petshop-eu",
          OTEL_TRACES_SAMPLER_ARG: "0.1",
        },
        cwd,
      ).tracing,
    ).toEqual({ endpoint: "https://otel.example", serviceName: "petshop-eu", sampleRatio: 0.1 });
  });

  it("keeps 32 MB of catalogue answers per server unless told otherwise", () => {
    expect(loadConfig({}, cwd).catalogueCacheBytes).toBe(32 * 1024 * 1024);
    expect(loadConfig({ CATALOGUE_CACHE_MB: "0" }, cwd).catalogueCacheBytes).toBe(0);
  });

  it("migrates at start unless migrations are a deploy step of their own", () => {
    expect(loadConfig({}, cwd).migrateOnStart).toBe(true);
    expect(loadConfig({ MIGRATE_ON_START: "false" }, cwd).migrateOnStart).toBe(false);
    expect(loadConfig({ MIGRATE_ON_START: "0" }, cwd).migrateOnStart).toBe(false);
  });

  it("names where and when pickup orders are collected, each settable", () => {
    expect(loadConfig({}, cwd).pickup).toEqual({
      address: "Paws & Fins, 12 Harbour Road, Dún Laoghaire, Co. Dublin, A96 X2Y3",
      hours: "Tuesday to Saturday, 10:00 to 18:00",
    });
    expect(loadConfig({ PICKUP_HOURS: " Every day, 9 to 5 " }, cwd).pickup.hours).toBe("Every day, 9 to 5");
  });

  it("limits public writes per address per hour, each limit settable", () => {
    expect(loadConfig({}, cwd).rateLimits).toEqual({
      registrations: 30,
      passwordResets: 10,
      anonymousCarts: 100,
    });
    expect(loadConfig({ RATE_LIMIT_ANONYMOUS_CARTS: "500" }, cwd).rateLimits.anonymousCarts).toBe(500);
  });

  it("keeps memory:// as an in-process database", () => {
    expect(loadConfig({ PGLITE_DATA_DIR: "memory://" }, cwd).database).toEqual({
      kind: "pglite",
      dataDir: "memory://",
    });
  });

  it.each([
    ["DATABASE_URL", "not a url"],
    ["DATABASE_URL", "mysql://localhost/shop"],
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["PUBLIC_URL", "shop.example"],
    ["ALLOWED_ORIGINS", "https://ok.example,not a url"],
    ["SMTP_URL", "http://mail.example"],
    ["TRUSTED_PROXY_HOPS", "-1"],
    ["ORDER_HOLD_MINUTES", "0"],
    ["STRIPE_SECRET_KEY", "pk_test_publishable"],
    ["STRIPE_WEBHOOK_SECRET", "secret"],
    ["ORDER_HOLD_MINUTES", "half an hour"],
    ["SHOP_TIME_ZONE", "Mars/Olympus_Mons"],
    ["SHOP_TIME_ZONE", "+01:00"],
    ["SHOP_TIME_ZONE", "Europe/Dublin; drop table orders"],
    ["SHUTDOWN_DRAIN_MS", "-1"],
    ["MIGRATE_ON_START", "later"],
    ["METRICS_PORT", "0"],
    ["METRICS_PORT", "metrics"],
    ["OTEL_EXPORTER_OTLP_ENDPOINT", "127.0.0.1:4318"],
    ["OTEL_EXPORTER_OTLP_ENDPOINT", "grpc://collector:4317"],
    ["OTEL_TRACES_SAMPLER_ARG", "1.5"],
    ["OTEL_TRACES_SAMPLER_ARG", "all"],
    ["CATALOGUE_CACHE_MB", "-1"],
    ["CATALOGUE_CACHE_MB", "lots"],
    ["PICKUP_ADDRESS", "x"],
    ["RATE_LIMIT_REGISTRATIONS", "0"],
    ["RATE_LIMIT_PASSWORD_RESETS", "ten"],
    ["RATE_LIMIT_ANONYMOUS_CARTS", "2.5"],
  ])("rejects %s=%s with one line naming the setting", (key, value) => {
    const attempt = () => loadConfig({ [key]: value }, cwd);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^Invalid configuration: ${key}: [^\\n]+$`));
  });
});

describe("loadTestConfig", () => {
  it("reads TEST_DATABASE_URL", () => {
    expect(loadTestConfig({ TEST_DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/test" })).toEqual({
      testDatabaseUrl: "postgresql://postgres@127.0.0.1:5432/test",
      chromiumPath: "/usr/bin/chromium",
    });
    expect(() => loadTestConfig({ TEST_DATABASE_URL: "nope" })).toThrow(/TEST_DATABASE_URL/);
    expect(loadTestConfig({}).testDatabaseUrl).toBeUndefined();
  });
});

describe("readEnvironment", () => {
  it("reads the workspace's .env under the real environment", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const root = mkdtempSync(join(tmpdir(), "petshop-env-"));
    writeFileSync(join(root, "pnpm-workspace.yaml"), "packages: []\n");
    writeFileSync(join(root, ".env"), "PETSHOP_TEST_ONLY_SETTING=from-file\nPATH=from-file\n");
    const env = readEnvironment(root);
    expect(env.PETSHOP_TEST_ONLY_SETTING).toBe("from-file");
    expect(env.PATH).not.toBe("from-file");
  });
});
