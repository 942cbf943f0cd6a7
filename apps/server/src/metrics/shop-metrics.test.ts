import { DEMO_ACCOUNTS, seedDemoAccounts } from "@petshop/api";
import { loadTestConfig } from "@petshop/config";
import { openDatabase } from "@petshop/db";
import { seedDemoCatalogue } from "@petshop/migrations";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerStore } from "../middleware/answer-store";
import { type TestApp, testApp } from "../test-support/app";
import { createShopMetrics, type ShopMetrics } from "./shop-metrics";

// The figures through the real app on a real database: what a scrape shows after real requests.

let testDb: TestDatabase;
let metrics: ShopMetrics;
let shop: TestApp;

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDemoCatalogue(testDb.db);
  await seedDemoAccounts(testDb.db);
  const answers = answerStore(1024 * 1024);
  metrics = createShopMetrics({ db: testDb.db, poolUse: null, answers });
  shop = testApp(testDb.db, { metrics, answers });
});
afterAll(() => testDb?.destroy());

/** The value of one series in a scrape, e.g. `petshop_checkouts_total{outcome="placed"}`; undefined if absent. */
async function scraped(series: string): Promise<number | undefined> {
  const text = await metrics.registry.metrics();
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const get = (path: string) => shop.app.request(`http://localhost${path}`);
const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe("the shop's metrics", () => {
  it("times each call by procedure and outcome, and each request by its route pattern", async () => {
    expect((await get(`/trpc/animals.list?input=${input({ limit: 2 })}`)).status).toBe(200);
    expect((await get(`/trpc/animals.bySlug?input=${input({ slug: "" })}`)).status).toBe(400);
    expect((await get(`/trpc/animals.bySlug?input=${input({ slug: "no-such-animal" })}`)).status).toBe(404);

    const call = (procedure: string, outcome: string) =>
      `petshop_procedure_duration_seconds_count{procedure="${procedure}",type="query",outcome="${outcome}"}`;
    expect(await scraped(call("animals.list", "ok"))).toBe(1);
    expect(await scraped(call("animals.bySlug", "BAD_REQUEST"))).toBe(1);
    expect(await scraped(call("animals.bySlug", "NOT_FOUND"))).toBe(1);
    // One series per route, not per animal or per query string.
    expect(
      await scraped('petshop_http_request_duration_seconds_count{method="GET",route="/trpc/*",status="404"}'),
    ).toBe(1);
  });

  it("counts public catalogue calls answered from memory, and the memory they hold", async () => {
    const path = `/trpc/animals.list?input=${input({ limit: 3, sort: "name" })}`;
    const before = (await scraped('petshop_catalogue_answers_total{result="hit"}')) ?? Number.NaN;
    expect((await get(path)).status).toBe(200);
    expect((await get(path)).status).toBe(200);
    expect(await scraped('petshop_catalogue_answers_total{result="hit"}')).toBe(before + 1);
    expect(await scraped("petshop_catalogue_answer_cache_bytes")).toBeGreaterThan(0);
  });

  it("counts sign-in throttling", async () => {
    const customer = DEMO_ACCOUNTS.find((account) => account.role === "customer");
    const before = (await scraped('petshop_rate_limited_total{procedure="users.login"}')) ?? Number.NaN;
    let status = 0;
    // Without a client address (no socket here) only the per-account limit applies: 50 attempts.
    for (let attempt = 0; attempt < 60 && status !== 429; attempt++) {
      status = (
        await shop.app.request("http://localhost/trpc/users.login", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: "http://shop.test",
            "sec-fetch-site": "same-origin",
          },
          body: JSON.stringify({ email: customer?.email, password: "not the password" }),
        })
      ).status;
    }
    expect(status).toBe(429);
    expect(await scraped('petshop_rate_limited_total{procedure="users.login"}')).toBe(before + 1);
  });

  it("counts checkouts as placed, conflict or failed, each from zero", async () => {
    expect(await scraped('petshop_checkouts_total{outcome="conflict"}')).toBe(0);
    const checkout = { path: "orders.checkout", type: "mutation", seconds: 0.02 } as const;
    metrics.observeCall({ ...checkout, outcome: "ok" });
    metrics.observeCall({ ...checkout, outcome: "CONFLICT" });
    metrics.observeCall({ ...checkout, outcome: "INTERNAL_SERVER_ERROR" });
    metrics.observeCall({ ...checkout, outcome: "BAD_REQUEST" });
    expect(await scraped('petshop_checkouts_total{outcome="placed"}')).toBe(1);
    expect(await scraped('petshop_checkouts_total{outcome="conflict"}')).toBe(1);
    expect(await scraped('petshop_checkouts_total{outcome="failed"}')).toBe(2);
  });

  it("still answers a scrape when a source cannot be read, leaving its series out", async () => {
    // This test database has no job queue (pg-boss makes its tables when it first starts).
    const text = await metrics.registry.metrics();
    expect(text).toContain("# TYPE petshop_jobs gauge");
    expect(text).not.toContain("petshop_jobs{");
    expect(text).not.toContain("petshop_db_pool_connections{");
  });

  it("keeps a webhook's lag, never below zero (a provider's clock may run ahead)", async () => {
    metrics.observeWebhookLag("stripe", 3);
    metrics.observeWebhookLag("stripe", -2);
    expect(await scraped('petshop_payment_webhook_lag_seconds_count{provider="stripe"}')).toBe(2);
    expect(await scraped('petshop_payment_webhook_lag_seconds_sum{provider="stripe"}')).toBe(3);
  });

  const { testDatabaseUrl } = loadTestConfig();
  it.runIf(testDatabaseUrl)("shows the PostgreSQL pool's connections when scraped", async () => {
    const opened = openDatabase({ kind: "postgres", url: testDatabaseUrl ?? "", poolMax: 3 });
    try {
      const onPostgres = createShopMetrics({ db: opened.db, poolUse: opened.poolUse });
      await sql`select 1`.execute(opened.db);
      const text = await onPostgres.registry.metrics();
      expect(text).toMatch(/^petshop_db_pool_connections\{state="total"\} [1-3]$/m);
      expect(text).toMatch(/^petshop_db_pool_connections\{state="idle"\} [1-3]$/m);
      expect(text).toMatch(/^petshop_db_pool_connections\{state="waiting"\} 0$/m);
    } finally {
      await opened.db.destroy();
    }
  });
});
