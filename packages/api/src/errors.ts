import type { TRPCDefaultErrorShape, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { DomainError } from "./domain-error";
import type { ErrorDetails } from "./error-details";

/** Field errors keyed by the dotted path of the offending input, e.g. `{ "species.1": [...] }`. */
export interface ZodFieldErrors {
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
}

/** Flattens zod issues by full path (zod's own flatten keeps only the first path segment). */
export function flattenZodError(error: ZodError): ZodFieldErrors {
  const result: ZodFieldErrors = { formErrors: [], fieldErrors: {} };
  for (const issue of error.issues) {
    if (issue.path.length === 0) {
      result.formErrors.push(issue.message);
      continue;
    }
    const key = issue.path.map(String).join(".");
    result.fieldErrors[key] = [...(result.fieldErrors[key] ?? []), issue.message];
  }
  return result;
}

export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

/**
 * The error shape every client sees: tRPC's default plus flattened zod issues for bad input, when
 * throttled the seconds to wait, and a domain failure's details (e.g. a checkout conflict's lines).
 * Unexpected errors keep their code but not their message, which may name tables or values.
 */
export function formatError({ shape, error }: { shape: TRPCDefaultErrorShape; error: TRPCError }) {
  const zodError = error.cause instanceof ZodError ? flattenZodError(error.cause) : null;
  const retryAfterSeconds =
    error.cause instanceof DomainError ? (error.cause.retryAfterSeconds ?? null) : null;
  const details: ErrorDetails | null =
    error.cause instanceof DomainError ? (error.cause.details ?? null) : null;
  const internal = error.code === "INTERNAL_SERVER_ERROR";
  return {
    ...shape,
    // zod's own message is its issues as JSON; a person should read the first issue instead.
    message: internal
      ? INTERNAL_ERROR_MESSAGE
      : error.cause instanceof ZodError
        ? (error.cause.issues[0]?.message ?? "The request is not valid.")
        : shape.message,
    data: { ...shape.data, zodError, retryAfterSeconds, details },
  };
}
