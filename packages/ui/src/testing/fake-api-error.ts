import type { ApiErrorShape } from "./procedures";

type ApiErrorData = ApiErrorShape["data"];

/**
 * The codes a handler may answer with: the domain's failures and the masked unexpected error, with
 * the JSON-RPC number and HTTP status tRPC gives each (@trpc/server's error codes).
 */
const ERROR_CODES = {
  BAD_REQUEST: { rpc: -32600, http: 400 },
  UNAUTHORIZED: { rpc: -32001, http: 401 },
  FORBIDDEN: { rpc: -32003, http: 403 },
  NOT_FOUND: { rpc: -32004, http: 404 },
  CONFLICT: { rpc: -32009, http: 409 },
  TOO_MANY_REQUESTS: { rpc: -32029, http: 429 },
  INTERNAL_SERVER_ERROR: { rpc: -32603, http: 500 },
} as const satisfies { [C in ApiErrorData["code"]]?: { rpc: ApiErrorShape["code"]; http: number } };

export type FakeErrorCode = keyof typeof ERROR_CODES;

export interface FakeApiErrorExtras {
  /** Answers as a failed input check, keyed by the field's dotted path like the server's. */
  fieldErrors?: NonNullable<ApiErrorData["zodError"]>["fieldErrors"];
  /** For TOO_MANY_REQUESTS: when the caller may try again. */
  retryAfterSeconds?: number;
  /** What the server attaches for the client to recover with, e.g. a checkout conflict's lines. */
  details?: ApiErrorData["details"];
}

/** Thrown by a handler to answer with a tRPC error; `message` defaults to the code. */
export class FakeApiError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string = code,
    readonly extras: FakeApiErrorExtras = {},
  ) {
    super(message);
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].http;
  }

  /** The error as the server's formatError would send it for a call to `path`. */
  shape(path: string): ApiErrorShape {
    const { fieldErrors, retryAfterSeconds, details } = this.extras;
    return {
      message: this.message,
      code: ERROR_CODES[this.code].rpc,
      data: {
        code: this.code,
        httpStatus: this.httpStatus,
        path,
        zodError: fieldErrors ? { formErrors: [], fieldErrors } : null,
        retryAfterSeconds: retryAfterSeconds ?? null,
        details: details ?? null,
      },
    };
  }
}

/** Thrown by a handler to fail the whole request the way a browser does when the network is down. */
export class FakeNetworkFailure extends Error {}
