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

/** A GET of catalogue reads, parsed once for the answer cache and the procedures. */
export interface CatalogueCall {
  /** The procedures the path names, in order. */
  paths: string[];
  batch: boolean;
  /** The `input` parameter as sent (JSON), if there is one. */
  input: string | undefined;
}

/**
 * The catalogue reads a request to `endpoint` asks for; null when it asks for anything else (a
 * mutation, another procedure, too many calls).
 */
export function catalogueCallOf(c: HonoContext<AppEnv>, endpoint: string): CatalogueCall | null {
  if (c.req.method !== "GET" || !c.req.path.startsWith(`${endpoint}/`)) return null;
  // All parameters in one pass over the URL: each c.req.query(name) would walk and decode it again.
  const query = c.req.query();
  const batch = query.batch === "1";
  const path = c.req.path.slice(endpoint.length + 1);
  const paths = batch ? path.split(",") : [path];
  if (paths.length > MAX_BATCH_SIZE || !paths.every((p) => DIRECT.has(p))) return null;
  return { paths, batch, input: query.input };
}

/** The calls with their inputs; null when the input will not parse (the adapter says why). */
function inputsOf({ paths, batch, input }: CatalogueCall) {
  let inputs: unknown;
  try {
    inputs = input ? JSON.parse(input) : undefined;
  } catch {
    return null;
  }
  if (!batch) return [{ path: paths[0] ?? "", input: inputs }];
  if (inputs === undefined) return paths.map((p) => ({ path: p, input: undefined }));
  if (typeof inputs !== "object" || inputs === null || Array.isArray(inputs)) return null;
  const byIndex = new Map(Object.entries(inputs));
  return paths.map((p, index) => ({ path: p, input: byIndex.get(String(index)) }));
}

/** What the procedures answered, as tRPC's adapter would send it. */
export interface CatalogueAnswer {
  status: number;
  json: string;
  /** A plain record when the procedures set no header of their own (a cleared cookie, Retry-After). */
  headers: Record<string, string> | Headers;
}

/**
 * Runs a GET's catalogue reads in-process; null when they are the adapter's to answer (a
 * streaming client, an input that will not parse), in which case nothing has run.
 */
export async function readCatalogue(
  c: HonoContext<AppEnv>,
  deps: ApiDeps,
  call: CatalogueCall,
): Promise<CatalogueAnswer | null> {
  if (c.req.header("trpc-accept") !== undefined) return null;
  const calls = inputsOf(call);
  if (!calls) return null;

  const resHeaders = new Headers();
  let ctx: Context | undefined;
  let contextError: TRPCError | undefined;
  try {
    ctx = await procedureContext(c, deps, {
      headers: c.req.raw.headers,
      resHeaders,
      paths: call.paths,
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
  const untransformed = call.batch ? results : single;
  const plain = { vary: "trpc-accept, accept", "content-type": "application/json" };
  // A plain record when the procedures set no header: node-server then writes it without a Headers.
  const headers = [...resHeaders.keys()].length === 0 ? plain : new Headers(plain);
  if (headers instanceof Headers) for (const [name, value] of resHeaders) headers.append(name, value);
  return {
    status: getHTTPStatusCode(untransformed),
    json: JSON.stringify(transformTRPCResponse(config, untransformed)),
    headers,
  };
}

/**
 * Answers a GET of public catalogue reads directly; null when the request is anything else, in
 * which case nothing has run and the fetch adapter answers it.
 */
export async function answerCatalogueRead(c: HonoContext<AppEnv>, deps: ApiDeps, endpoint: string) {
  const call = catalogueCallOf(c, endpoint);
  const answer = call ? await readCatalogue(c, deps, call) : null;
  return answer && new Response(answer.json, { status: answer.status, headers: answer.headers });
}
