import type { RouterInputs, RouterOutputs } from "@petshop/client/react";

// A stand-in for the server at the HTTP boundary, for component tests: it answers tRPC batch
// requests the way the real handler does, from per-procedure functions typed by the router.
// The real server is exercised by the server's tests and the browser test.

type Users = [RouterInputs["users"], RouterOutputs["users"]];
type Cart = [RouterInputs["cart"], RouterOutputs["cart"]];
type Orders = [RouterInputs["orders"], RouterOutputs["orders"]];
type Payments = [RouterInputs["payments"], RouterOutputs["payments"]];
type Procedures = {
  "animals.list": [RouterInputs["animals"]["list"], RouterOutputs["animals"]["list"]];
  "animals.facets": [RouterInputs["animals"]["facets"], RouterOutputs["animals"]["facets"]];
  "animals.bySlug": [RouterInputs["animals"]["bySlug"], RouterOutputs["animals"]["bySlug"]];
} & {
  [P in
    | "me"
    | "register"
    | "login"
    | "logout"
    | "updateProfile"
    | "changePassword"
    | "requestPasswordReset"
    | "resetPassword"
    | "listSessions"
    | "revokeSession" as `users.${P}`]: [Users[0][P], Users[1][P]];
} & {
  [P in "get" | "add" | "setQuantity" | "remove" | "clear" as `cart.${P}`]: [Cart[0][P], Cart[1][P]];
} & {
  [P in "checkout" | "list" | "byId" | "cancel" as `orders.${P}`]: [Orders[0][P], Orders[1][P]];
} & {
  [P in "start" | "status" as `payments.${P}`]: [Payments[0][P], Payments[1][P]];
};

type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "INTERNAL_SERVER_ERROR";

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

interface FakeApiErrorDetails {
  /** The sentence the server would send; defaults to the code. */
  message?: string;
  /** Answers as a failed input check, keyed by field like the server's flattened zod issues. */
  fieldErrors?: Record<string, string[]>;
  retryAfterSeconds?: number;
  /** What the server attaches for the client to recover with, e.g. a checkout conflict's lines. */
  details?: unknown;
}

/** Thrown by a handler to answer with a tRPC error. */
export class FakeApiError extends Error {
  readonly httpStatus: number;
  constructor(
    readonly code: ErrorCode,
    readonly details: FakeApiErrorDetails = {},
  ) {
    super(details.message ?? code);
    this.httpStatus = HTTP_STATUS[code];
  }
}

/** Thrown by a handler to fail the whole request as a browser does when the network is down. */
export class FakeNetworkFailure extends Error {}

/** Errors thrown by handlers that were not deliberate FakeApiErrors: a failed expectation, a bug. */
export const unexpectedHandlerErrors: unknown[] = [];

/** A handler answers at once, or later (a promise) to hold one call while the page waits for it. */
export type Handlers = {
  [P in keyof Procedures]?: (input: Procedures[P][0]) => Procedures[P][1] | Promise<Procedures[P][1]>;
};

export interface FakeApi {
  fetch: typeof fetch;
  /** Every call as `[procedure, input]`, in order. */
  calls: [string, unknown][];
  /** The inputs of every call to one procedure, in order. */
  inputsOf: (procedure: keyof Procedures) => unknown[];
}

/** Queries carry their inputs in the URL, mutations in a POST body; both as `{"0": input, …}`. */
async function batchInputs(request: Request, url: URL): Promise<Record<string, unknown>> {
  const raw = request.method === "POST" ? await request.text() : url.searchParams.get("input");
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

/** `answerAfter`: hold every answer until this settles, to see loading states. */
export function fakeApi(handlers: Handlers, answerAfter?: Promise<void>): FakeApi {
  const calls: [string, unknown][] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    await answerAfter;
    const request = new Request(input, init);
    const url = new URL(request.url);
    const paths = url.pathname.replace(/^\/trpc\//, "").split(",");
    const inputs = await batchInputs(request, url);
    const statuses = new Set<number>();
    let offline = false;
    const results = await Promise.all(
      paths.map(async (path, index) => {
        const procedureInput = inputs[String(index)];
        calls.push([path, procedureInput]);
        const handler = handlers[path as keyof Procedures] as ((i: unknown) => unknown) | undefined;
        try {
          if (!handler) throw new FakeApiError("NOT_FOUND");
          const data = await handler(procedureInput);
          statuses.add(200);
          return { result: { data } };
        } catch (error) {
          if (error instanceof FakeNetworkFailure) offline = true;
          else if (!(error instanceof FakeApiError)) unexpectedHandlerErrors.push(error);
          const e = error instanceof FakeApiError ? error : new FakeApiError("INTERNAL_SERVER_ERROR");
          statuses.add(e.httpStatus);
          const { fieldErrors, retryAfterSeconds, details } = e.details;
          return {
            error: {
              message: e.message,
              code: -32000,
              data: {
                code: e.code,
                httpStatus: e.httpStatus,
                path,
                zodError: fieldErrors ? { formErrors: [], fieldErrors } : null,
                retryAfterSeconds: retryAfterSeconds ?? null,
                details: details ?? null,
              },
            },
          };
        }
      }),
    );
    if (offline) throw new TypeError("Failed to fetch");
    // Like the real handler: one status when all calls agree, 207 Multi-Status when they differ.
    const status = statuses.size === 1 ? [...statuses][0] : 207;
    return new Response(JSON.stringify(results), { status, headers: { "content-type": "application/json" } });
  };
  const inputsOf = (procedure: keyof Procedures) =>
    calls.filter(([path]) => path === procedure).map(([, input]) => input);
  return { fetch, calls, inputsOf };
}

let sequence = 0;

/** A catalogue card as the API returns it. */
export function fakeAnimal(
  overrides: Partial<RouterOutputs["animals"]["list"]["items"][number]> = {},
): RouterOutputs["animals"]["list"]["items"][number] {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`,
    status: "active",
    slug: `animal-${sequence}`,
    name: `Animal ${sequence}`,
    species: "dog",
    breed: "Beagle",
    sex: "female",
    birthDate: "2026-09-01",
    priceMinor: 95000,
    currency: "EUR",
    stock: 1,
    images: [{ url: "/images/animals/dog-golden.svg", alt: "A golden puppy" }],
    createdAt: "2026-11-20T10:00:00.000Z",
    ...overrides,
  };
}

/** Facet counts as `animals.facets` returns them: none unless given. */
export function fakeFacets(
  overrides: Partial<RouterOutputs["animals"]["facets"]> = {},
): RouterOutputs["animals"]["facets"] {
  return { total: 0, species: [], priceBands: [], ...overrides };
}

/** A signed-in customer as `users.me` returns it. */
export function fakeAccount(
  overrides: Partial<NonNullable<RouterOutputs["users"]["me"]>> = {},
): NonNullable<RouterOutputs["users"]["me"]> {
  return {
    id: "00000000-0000-4000-8000-00000000a001",
    email: "ann@example.com",
    name: "Ann Murphy",
    role: "customer",
    createdAt: "2026-11-01T10:00:00.000Z",
    ...overrides,
  };
}

/** One of the signed-in user's sessions as `users.listSessions` returns it. */
export function fakeSession(
  overrides: Partial<RouterOutputs["users"]["listSessions"][number]> = {},
): RouterOutputs["users"]["listSessions"][number] {
  sequence += 1;
  return {
    // Shaped like the server's: 24 characters of lower-case base32.
    id: String(sequence)
      .padStart(24, "0")
      .replace(/\d/g, (digit) => "abcdefghij".charAt(Number(digit))),
    createdAt: "2026-11-20T10:00:00.000Z",
    lastUsedAt: "2026-11-21T09:30:00.000Z",
    expiresAt: "2026-12-20T10:00:00.000Z",
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0",
    ipAddress: "203.0.113.7",
    current: false,
    ...overrides,
  };
}
