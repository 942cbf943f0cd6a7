import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../hono-env";
import type { ShopMetrics } from "../metrics/shop-metrics";

/** Times every request and counts it by the route pattern that answered (`/trpc/*`, `/media/*`, …). */
export function requestMetrics(metrics: ShopMetrics) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    metrics.observeRequest({
      method: c.req.method,
      // The pattern, not the path: one series per route however many animals or orders there are.
      route: c.req.routePath,
      status: c.res.status,
      seconds: (performance.now() - started) / 1000,
    });
  });
}
