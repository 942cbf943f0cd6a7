import { type ApiDeps, appRouter, MAX_BATCH_SIZE } from "@petshop/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";
import type { AppEnv } from "../hono-env";
import { answerCatalogueRead } from "./catalogue-reads";
import { logProcedureError, procedureContext } from "./procedure-context";

export const TRPC_ENDPOINT = "/trpc";

export interface TrpcRouteOptions {
  /** Answer public catalogue reads in-process (routes/catalogue-reads.ts); false sends all to the adapter. */
  directReads?: boolean;
}

/**
 * The API: every router under `/trpc`, batched (at most MAX_BATCH_SIZE calls, and at most one
 * sign-in, registration, password change or checkout per request), answering with plain JSON.
 */
export function trpcRoutes(deps: ApiDeps, { directReads = true }: TrpcRouteOptions = {}) {
  return new Hono<AppEnv>().all(`${TRPC_ENDPOINT}/*`, async (c) => {
    const direct = directReads ? await answerCatalogueRead(c, deps, TRPC_ENDPOINT) : null;
    return (
      direct ??
      fetchRequestHandler({
        endpoint: TRPC_ENDPOINT,
        req: c.req.raw,
        router: appRouter,
        maxBatchSize: MAX_BATCH_SIZE,
        createContext: ({ req, resHeaders, info }) =>
          procedureContext(c, deps, {
            headers: req.headers,
            resHeaders,
            paths: info.calls.map((call) => call.path),
          }),
        onError: ({ error, path }) => logProcedureError(c, error, path),
      })
    );
  });
}
