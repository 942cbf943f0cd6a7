import type { ProcedureCall } from "@petshop/api";
import type { Database, PoolUse } from "@petshop/db";
import { type Kysely, sql } from "kysely";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { AnswerStore } from "../middleware/answer-store";

// The shop's figures in Prometheus's format (prom-client), for the operators' dashboards and
// alerts; what each means and which alerts to set: docs/operations.md. Counted as things happen
// (calls, requests, webhooks) or read when scraped (pool, job queue), never per request to the
// database. Labels are bounded: procedure paths and route patterns, never ids or addresses.

export interface ShopMetricsSources {
  db: Kysely<Database>;
  /** The PostgreSQL pool's use; null on the embedded database, which has no pool. */
  poolUse: (() => PoolUse) | null;
  /** The kept catalogue answers, whose size is reported; null when none are kept. */
  answers?: AnswerStore | null;
}

export interface ShopMetrics {
  registry: Registry;
  /** For ApiDeps.observeCall: every procedure call as it ends. */
  observeCall: (call: ProcedureCall) => void;
  /** One HTTP request as it ends, by the route pattern that answered it. */
  observeRequest: (request: { method: string; route: string; status: number; seconds: number }) => void;
  /** A payment provider's event, this long after the provider created it. */
  observeWebhookLag: (provider: string, seconds: number) => void;
  /** A public catalogue call answered from memory (hit) or by its procedure, then kept (miss). */
  observeAnswerCache: (result: "hit" | "miss") => void;
}

/** How checkout calls ended: placed, refused because the cart changed (409), or failed otherwise. */
function checkoutOutcome(outcome: ProcedureCall["outcome"]): "placed" | "conflict" | "failed" {
  if (outcome === "ok") return "placed";
  return outcome === "CONFLICT" ? "conflict" : "failed";
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createShopMetrics({ db, poolUse, answers = null }: ShopMetricsSources): ShopMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "petshop_" });

  const calls = new Histogram({
    name: "petshop_procedure_duration_seconds",
    help: "API procedure calls by procedure, type and outcome (ok or the tRPC error code), in seconds.",
    labelNames: ["procedure", "type", "outcome"],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const requests = new Histogram({
    name: "petshop_http_request_duration_seconds",
    help: "HTTP requests by method, route pattern and status, in seconds.",
    labelNames: ["method", "route", "status"],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const checkouts = new Counter({
    name: "petshop_checkouts_total",
    help: "Checkouts by outcome: placed, conflict (the cart changed; the customer is shown what), failed.",
    labelNames: ["outcome"],
    registers: [registry],
  });
  const refused = new Counter({
    name: "petshop_rate_limited_total",
    help: "Calls refused with 429 by procedure: sign-in throttling (users.login) and the public rate limits.",
    labelNames: ["procedure"],
    registers: [registry],
  });
  const webhookLag = new Histogram({
    name: "petshop_payment_webhook_lag_seconds",
    help: "Time from a payment provider creating an event to the shop receiving it, in seconds.",
    labelNames: ["provider"],
    buckets: [1, 5, 15, 60, 300, 900, 3600, 21600],
    registers: [registry],
  });
  const answerCache = new Counter({
    name: "petshop_catalogue_answers_total",
    help: "Public catalogue calls answered from memory (hit) or by running the procedure, then kept (miss).",
    labelNames: ["result"],
    registers: [registry],
  });
  new Gauge({
    name: "petshop_catalogue_answer_cache_bytes",
    help: "Bytes held by the catalogue's kept answers (CATALOGUE_CACHE_MB is the bound).",
    registers: [registry],
    collect() {
      this.set(answers?.bytes ?? 0);
    },
  });
  for (const result of ["hit", "miss"]) answerCache.labels(result).inc(0);
  for (const checkout of ["placed", "conflict", "failed"]) checkouts.labels(checkout).inc(0);
  refused.labels("users.login").inc(0);

  new Gauge({
    name: "petshop_db_pool_connections",
    help: "PostgreSQL pool connections by state (total, idle) and queries waiting for one (waiting).",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const use = poolUse?.();
      if (!use) return;
      this.set({ state: "total" }, use.total);
      this.set({ state: "idle" }, use.idle);
      this.set({ state: "waiting" }, use.waiting);
    },
  });
  new Gauge({
    name: "petshop_jobs",
    help: "Jobs in the queue by job and state (created, retry, active, completed, cancelled, failed), as pg-boss keeps them.",
    labelNames: ["job", "state"],
    registers: [registry],
    async collect() {
      this.reset();
      // A scrape must not fail whole because one source did (the queue's tables are pg-boss's,
      // made when the job queue first starts): the series are then absent, which alerts notice.
      const counted = await sql<{ name: string; state: string; count: string }>`
        select name, state::text as state, count(*) as count from pgboss.job group by name, state
      `
        .execute(db)
        .catch(() => null);
      for (const row of counted?.rows ?? []) this.set({ job: row.name, state: row.state }, Number(row.count));
    },
  });

  return {
    registry,
    observeCall({ path, type, outcome, seconds }) {
      calls.observe({ procedure: path, type, outcome }, seconds);
      if (path === "orders.checkout") checkouts.inc({ outcome: checkoutOutcome(outcome) });
      if (outcome === "TOO_MANY_REQUESTS") refused.inc({ procedure: path });
    },
    observeRequest({ method, route, status, seconds }) {
      requests.observe({ method, route, status: String(status) }, seconds);
    },
    observeWebhookLag(provider, seconds) {
      webhookLag.observe({ provider }, Math.max(0, seconds));
    },
    observeAnswerCache(result) {
      answerCache.inc({ result });
    },
  };
}
