import { type AppRouter, TRPCClientError } from "@petshop/client/react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

// What people see when a call fails, and how the server's field errors reach form fields.

const UNREACHABLE = "We could not reach the shop. Please check your connection and try again.";
const UNKNOWN = "Something went wrong. Please try again.";

/** Every call in the SPAs goes through the AppRouter client, so its errors carry its error shape. */
export function isApiError(error: unknown): error is TRPCClientError<AppRouter> {
  return error instanceof TRPCClientError;
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return isApiError(error) && error.data?.code === code;
}

/** A sentence for the person at the screen. */
export function apiErrorMessage(error: unknown): string {
  if (!isApiError(error)) return UNKNOWN;
  // No error shape means the answer was not our API's: the network or a proxy failed.
  if (!error.data) return UNREACHABLE;
  // The server masks unexpected errors and words the others for people, so its message is safe.
  return error.message;
}

/**
 * Puts the server's verdict where people look: a field's problem under that field, anything else
 * (wrong password, throttling, a conflict, issues with no field here) in the form's alert
 * (`errors.root.server`).
 */
export function showServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): void {
  const zodError = isApiError(error) ? error.data?.zodError : undefined;
  if (!zodError) {
    setError("root.server", { type: "server", message: apiErrorMessage(error) });
    return;
  }
  const unplaced = [...zodError.formErrors];
  for (const [key, messages] of Object.entries(zodError.fieldErrors)) {
    const field = fields.find((name) => name === key);
    if (field) setError(field, { type: "server", message: messages.join(" ") });
    else unplaced.push(...messages);
  }
  if (unplaced.length > 0) setError("root.server", { type: "server", message: unplaced.join(" ") });
}
