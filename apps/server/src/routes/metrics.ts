import { Hono } from "hono";
import type { Registry } from "prom-client";

/**
 * `GET /metrics` for Prometheus. Served on a port of its own (METRICS_PORT), never beside the shop:
 * the figures are the operators', and the port is reached only from where the scraper runs.
 */
export function metricsApp(registry: Registry) {
  return new Hono().get("/metrics", async (c) => {
    c.header("content-type", registry.contentType);
    c.header("cache-control", "no-store");
    return c.body(await registry.metrics());
  });
}
