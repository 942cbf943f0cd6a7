import type { ErrorDetails } from "./error-details";

// Failures a service reports without knowing about tRPC or HTTP; the procedures turn them into
// tRPC errors with the same code (src/trpc.ts).

export type DomainErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS";

export interface DomainErrorOptions {
  /** For TOO_MANY_REQUESTS: when the caller may try again. */
  retryAfterSeconds?: number;
  /** What the client needs to recover (a CONFLICT's new total, the lines to fix); sent as JSON. */
  details?: ErrorDetails;
}

export class DomainError extends Error {
  override name = "DomainError";
  readonly retryAfterSeconds: number | undefined;
  readonly details: ErrorDetails | undefined;
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message);
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.details = options.details;
  }
}
