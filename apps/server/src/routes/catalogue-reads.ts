import { type ApiDeps, appRouter, CACHEABLE_QUERIES, type Context, MAX_BATCH_SIZE } from "@petshop/api";
import {
  callTRPCProcedure,
  getErrorShape,
  getTRPCErrorFromUnknown,
  type TRPCError,
  transformTRPCResponse,
} from "@trpc/server";
import { getHTTPStatusCode } from "@trpc/server/http";
import type { Context as HonoContext } from "hono";
import type { AppEnv } from "../hono-env";
import { logProcedureError, procedureContext } from "./procedure-context";

// The public catalogue's reads (CACHEABLE_QUERIES), answered by calling the procedures in-process
// instead of through tRPC's fetch adapter. The adapter is general (batches, streams, subscriptions,
// method overrides) and pays for it on every call: a fetch Request, a URL, two combined abort
// signals, option objects spread per call. On a by-slug read that was 270 µs of 800 µs of CPU.
// The answer is the adapter's, byte for byte: the same procedures and middlewares, tRPC's own error
// shape, status and JSON, and the same headers (routes/catalogue-reads.test.ts compares the two).
// Anything else (a mutation, a stream, a malformed URL) returns null and goes to the adapter.
// docs/decisions/021-direct-catalogue-reads.md says why, and what it gave.

const DIRECT = new Set(CACHEABLE_QUERIES);
const { _config: config } = appRouter._def;

type CallResult = { result: { data: unknown } } | { error: ReturnType<typeof getErrorShape> };

/** The calls a GET asks for, with their raw inputs; null when the adapter should answer. */
function readCalls(path: string, batch: boolean, inputText: string | undefined) {
  const paths = batch ? path.split(",") : [path];
  if (paths.length > MAX_BATCH_SIZE || !paths.every((p) => DIRECT.has(p))) return null;
  let inputs: unknown;
  try {
    inputs = inputText ? JSON.parse(inputText) : undefined;
  } catch {
    return null;
  }
  if (!batch) return [{ path, input: inputs }];
  if (inputs === undefined) return paths.map((p) => ({ path: p, input: undefined }));
  if (typeof inputs !== "object" || inputs === null || Array.isArray(inputs)) return null;
  const byIndex = new Map(Object.entries(inputs));
  return paths.map((p, index) => ({ path: p, input: byIndex.get(String(index)) }));
}

/**
 * Answers a GET of public catalogue reads directly; null when the request is anything else, in
 * which case nothing has run and the fetch adapter answers it.
 */
export async function answerCatalogueRead(c: HonoContext<AppEnv>, deps: ApiDeps, endpoint: string) {
  if (c.req.method !== "GET" || c.req.header("trpc-accept") !== undefined) return null;
  if (!c.req.path.startsWith(`${endpoint}/`)) return null;
  const batch = c.req.query("batch") === "1";
  const calls = readCalls(c.req.path.slice(endpoint.length + 1), batch, c.req.query("input"));
  if (!calls) return null;

  const resHeaders = new Headers();
  let ctx: Context | undefined;
  let contextError: TRPCError | undefined;
  try {
    ctx = await procedureContext(c, deps, {
      headers: c.req.raw.headers,
      resHeaders,
      paths: calls.map((call) => call.path),
    });
  } catch (cause) {
    contextError = getTRPCErrorFromUnknown(cause);
  }
  const results = await Promise.all(
    calls.map(async ({ path, input }, batchIndex): Promise<CallResult> => {
      try {
        if (contextError || !ctx) throw contextError;
        const data: unknown = await callTRPCProcedure({
          router: appRouter,
          path,
          getRawInput: async () => input,
          ctx,
          type: "query",
          signal: undefined,
          batchIndex,
        });
        return { result: { data } };
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        logProcedureError(c, error, path);
        return { error: getErrorShape({ config, ctx, error, input, path, type: "query" }) };
      }
    }),
  );
  const [single] = results;
  if (!single) throw new Error("A GET of catalogue reads has at least one call");
  const untransformed = batch ? results : single;
  const plain = { vary: "trpc-accept, accept", "content-type": "application/json" };
  // A plain object when the procedures set no header: node-server then writes it without a Headers.
  const headers = [...resHeaders.keys()].length === 0 ? plain : new Headers(plain);
  if (headers instanceof Headers) for (const [name, value] of resHeaders) headers.append(name, value);
  return new Response(JSON.stringify(transformTRPCResponse(config, untransformed)), {
    status: getHTTPStatusCode(untransformed),
    headers,
  });
}
