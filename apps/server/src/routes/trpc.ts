import {
  type ApiDeps,
  appRouter,
  createTRPCContext,
  MAX_BATCH_SIZE,
  multipliedCallProblem,
} from "@petshop/api";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";
import type { AppEnv } from "../hono-env";

export const TRPC_ENDPOINT = "/trpc";

/**
 * The API: every router under `/trpc`, batched (at most MAX_BATCH_SIZE calls, and at most one
 * sign-in, registration, password change or checkout per request), answering with plain JSON.
 */
export function trpcRoutes(deps: ApiDeps) {
  return new Hono<AppEnv>().all(`${TRPC_ENDPOINT}/*`, (c) =>
    fetchRequestHandler({
      endpoint: TRPC_ENDPOINT,
      req: c.req.raw,
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: async ({ req, resHeaders, info }) => {
        const paths = info.calls.map((call) => call.path);
        c.set("procedures", paths);
        const multiplied = multipliedCallProblem(paths);
        if (multiplied) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: multiplied });
        const context = await createTRPCContext(deps, {
          headers: req.headers,
          resHeaders,
          requestId: c.get("requestId"),
          logger: c.get("logger"),
          clientIp: c.get("clientIp"),
        });
        c.set("userId", context.user?.id ?? null);
        return context;
      },
      onError({ error, path }) {
        // Expected failures (bad input, not found) are the caller's business; only ours are logged.
        if (error.code === "INTERNAL_SERVER_ERROR") {
          c.get("logger").error({ err: error.cause ?? error, path }, "procedure failed");
        }
      },
    }),
  );
}
