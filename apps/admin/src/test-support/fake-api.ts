import type { RouterInputs, RouterOutputs } from "@petshop/client/react";

// A stand-in for the server at the HTTP boundary, for component tests: it answers tRPC batch
// requests the way the real handler does (queries as GET with ?input=, mutations as POST with a
// JSON body), from per-procedure functions typed by the router. The real server is exercised by
// the server's own tests.

type Domain = keyof RouterInputs & string;
/** Every procedure as the wire names it, e.g. "users.list". */
export type ProcedurePath = { [D in Domain]: `${D}.${keyof RouterInputs[D] & string}` }[Domain];
type InputOf<P> = P extends `${infer D}.${infer N}`
  ? D extends Domain
    ? N extends keyof RouterInputs[D]
      ? RouterInputs[D][N]
      : never
    : never
  : never;
type OutputOf<P> = P extends `${infer D}.${infer N}`
  ? D extends keyof RouterOutputs
    ? N extends keyof RouterOutputs[D]
      ? RouterOutputs[D][N]
      : never
    : never
  : never;

export type Handlers = {
  [P in ProcedurePath]?: (input: InputOf<P>) => OutputOf<P> | Promise<OutputOf<P>>;
};

const HTTP_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
} as const;
type ErrorCode = keyof typeof HTTP_STATUS;

/** Thrown by a handler to answer with a tRPC error, shaped like the server's (errors.ts). */
export class FakeApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly fieldErrors: Record<string, string[]> | null = null,
  ) {
    super(message);
  }
}

/** Errors thrown by handlers that were not deliberate FakeApiErrors: a failed expectation, a bug. */
export const unexpectedHandlerErrors: unknown[] = [];

export interface FakeApi {
  fetch: typeof fetch;
  /** Every call in order, with the input as it arrived. */
  calls: { path: string; input: unknown }[];
  /** The inputs of every call to `path`, in order. */
  inputsOf(path: ProcedurePath): unknown[];
}

async function readInputs(url: URL, init: RequestInit | undefined): Promise<Record<string, unknown>> {
  const text = init?.method === "POST" ? String(init.body ?? "{}") : (url.searchParams.get("input") ?? "{}");
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === "object" && parsed !== null ? { ...parsed } : {};
}

function errorResult(error: unknown, path: string) {
  if (!(error instanceof FakeApiError)) unexpectedHandlerErrors.push(error);
  const e = error instanceof FakeApiError ? error : new FakeApiError("INTERNAL_SERVER_ERROR");
  const httpStatus = HTTP_STATUS[e.code];
  const zodError = e.fieldErrors ? { formErrors: [], fieldErrors: e.fieldErrors } : null;
  return {
    httpStatus,
    body: {
      error: {
        message: e.message,
        code: -32000,
        data: { code: e.code, httpStatus, path, zodError, retryAfterSeconds: null, details: null },
      },
    },
  };
}

export function fakeApi(handlers: Handlers): FakeApi {
  const calls: FakeApi["calls"] = [];
  const fetch: typeof globalThis.fetch = async (request, init) => {
    const url = new URL(request instanceof Request ? request.url : String(request));
    const paths = url.pathname.replace(/^\/trpc\//, "").split(",");
    const inputs = await readInputs(url, init);
    let status = 200;
    const results = await Promise.all(
      paths.map(async (path, index) => {
        const input = inputs[String(index)];
        calls.push({ path, input });
        // The input came off the wire from the client typed by the same router, so it has the
        // handler's input type; the path is checked by the lookup itself.
        const handler = Reflect.get(handlers, path) as ((input: unknown) => unknown) | undefined;
        try {
          if (!handler) throw new FakeApiError("NOT_FOUND", `No handler for ${path}`);
          return { result: { data: await handler(input) } };
        } catch (error) {
          const { httpStatus, body } = errorResult(error, path);
          status = httpStatus;
          return body;
        }
      }),
    );
    return new Response(JSON.stringify(results), { status, headers: { "content-type": "application/json" } });
  };
  const inputsOf = (path: ProcedurePath) =>
    calls.filter((call) => call.path === path).map((call) => call.input);
  return { fetch, calls, inputsOf };
}
