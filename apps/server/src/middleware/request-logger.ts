import { createMiddleware } from "hono/factory";
import type { Logger } from "pino";
import type { AppEnv } from "../hono-env";

/** Binds a child logger to the request id and logs one line per request when it completes. */
export function requestLogger(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const log = logger.child({ reqId: c.get("requestId") });
    c.set("logger", log);
    const started = performance.now();
    await next();
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      "request",
    );
  });
}
