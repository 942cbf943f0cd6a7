import { type ApiDeps, type Context, createTRPCContext, multipliedCallProblem } from "@petshop/api";
import { TRPCError } from "@trpc/server";
import type { Context as HonoContext } from "hono";
import type { AppEnv } from "../hono-env";

// What every way of answering a tRPC request (the fetch adapter, the direct catalogue reads) does
// around the procedures: build their context, note the calls for the log line, log our failures.

/** The procedures' context for one request, after noting which procedures it calls. */
export async function procedureContext(
  c: HonoContext<AppEnv>,
  deps: ApiDeps,
  call: { headers: Headers; resHeaders: Headers; paths: string[] },
): Promise<Context> {
  c.set("procedures", call.paths);
  const multiplied = multipliedCallProblem(call.paths);
  if (multiplied) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: multiplied });
  const context = await createTRPCContext(deps, {
    headers: call.headers,
    resHeaders: call.resHeaders,
    requestId: c.get("requestId"),
    logger: c.get("logger"),
    clientIp: c.get("clientIp"),
  });
  c.set("userId", context.user?.id ?? null);
  return context;
}

/** Expected failures (bad input, not found) are the caller's business; only ours are logged. */
export function logProcedureError(c: HonoContext<AppEnv>, error: TRPCError, path: string | undefined) {
  if (error.code === "INTERNAL_SERVER_ERROR") {
    c.get("logger").error({ err: error.cause ?? error, path }, "procedure failed");
  }
}
