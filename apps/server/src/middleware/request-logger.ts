import { createMiddleware } from "hono/factory";
import type { Logger } from "pino";
import type { AppEnv } from "../hono-env";

/**
 * Binds a child logger to the request id and logs one line per request when it completes, with the
 * API procedures it called and the caller's user id when it called any.
 */
export function requestLogger(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const log = logger.child({ reqId: c.get("requestId") });
    c.set("logger", log);
    const started = performance.now();
    await next();
    // Ids and procedure names only: never a body, header, cookie or token (docs/operations.md).
    // c.get, not c.var: c.var copies every variable into a new object.
    const procedures = c.get("procedures");
    const userId = c.get("userId");
    const traceId = c.get("traceId");
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(procedures ? { procedures } : {}),
        ...(userId !== undefined ? { userId } : {}),
        ...(traceId ? { traceId } : {}),
      },
      "request",
    );
  });
}
