import type { Logger } from "pino";

/** Per-request values the middleware sets for later handlers. */
export interface AppEnv {
  Variables: {
    /** The caller's X-Request-Id when it is a plain token, else a new one (middleware/house-headers.ts). */
    requestId: string;
    /** The app logger bound to this request's id. */
    logger: Logger;
    /** The client's address, taking only trusted proxies' word for it; null when unknown. */
    clientIp: string | null;
    /** The API procedures this request called, for its log line (set by routes/trpc.ts). */
    procedures: string[];
    /** Who called them: the signed-in user's id, or null for an anonymous caller. */
    userId: string | null;
    /** The request's trace, for its log line; unset when tracing is off or the request unsampled. */
    traceId: string;
  };
}
