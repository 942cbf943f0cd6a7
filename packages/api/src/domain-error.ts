// Failures a service reports without knowing about tRPC or HTTP; the procedures turn them into
// tRPC errors with the same code (src/trpc.ts).

export type DomainErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS";

export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** For TOO_MANY_REQUESTS: when the caller may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
