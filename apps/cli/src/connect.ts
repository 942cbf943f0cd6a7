import { type ApiClient, createApiClient, TRPCClientError } from "@petshop/client";
import { CliError, EXIT } from "./exit";
import type { Settings } from "./settings";

// The typed client as the command uses it, and every way a call can fail turned into one line.

export interface Connection {
  api: ApiClient;
  settings: Settings;
}

/** A client for `settings`; with `log`, one line per HTTP request (path, status, time; never headers). */
export function connect(settings: Settings, log?: (line: string) => void): Connection {
  const timed: typeof fetch = async (input, init) => {
    const started = performance.now();
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? "GET";
    try {
      const response = await fetch(input, init);
      log?.(
        `${method} ${url.pathname} → ${response.status} in ${Math.round(performance.now() - started)} ms`,
      );
      return response;
    } catch (error) {
      log?.(`${method} ${url.pathname} → no answer after ${Math.round(performance.now() - started)} ms`);
      throw error;
    }
  };
  return {
    api: createApiClient({ url: settings.url, token: settings.token, ...(log ? { fetch: timed } : {}) }),
    settings,
  };
}

/** What went wrong on the network: the system's code (ECONNREFUSED…), else the innermost message. */
function networkCause(error: unknown): string | undefined {
  let innermost: string | undefined;
  let cause: unknown = error;
  for (let depth = 0; depth < 5 && cause instanceof Error; depth++, cause = cause.cause) {
    if ("code" in cause && typeof cause.code === "string") return cause.code;
    innermost = cause.message;
  }
  return innermost === "fetch failed" ? undefined : innermost;
}

/** The first field problem a BAD_REQUEST names, as `field: message`. */
function firstFieldError(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null || !("zodError" in data)) return undefined;
  const zodError = data.zodError;
  if (typeof zodError !== "object" || zodError === null || !("fieldErrors" in zodError)) return undefined;
  const fieldErrors = zodError.fieldErrors;
  if (typeof fieldErrors !== "object" || fieldErrors === null) return undefined;
  const [field, messages] = Object.entries(fieldErrors)[0] ?? [];
  return field && Array.isArray(messages) ? `${field}: ${String(messages[0])}` : undefined;
}

/**
 * Any failure of a call as a one-line CliError saying what to do. The token is never part of it:
 * tRPC errors carry the server's message only, and anything else is scrubbed.
 */
export function explainFailure(error: unknown, settings: Settings): CliError {
  if (error instanceof CliError) return error;
  const scrub = (text: string) => text.split(settings.token).join("[token]");
  if (error instanceof TRPCClientError) {
    const code: unknown = error.data?.code;
    if (code === "UNAUTHORIZED") {
      return new CliError(
        "The shop refused the API token: it is wrong, expired or revoked. Create a new one in the admin app (Tokens).",
      );
    }
    if (code === "FORBIDDEN") {
      return new CliError(`${scrub(error.message)} Use a token of a staff account.`);
    }
    if (code === "BAD_REQUEST") {
      return new CliError(
        `The shop refused the request: ${scrub(firstFieldError(error.data) ?? error.message)}`,
      );
    }
    if (code === "TOO_MANY_REQUESTS") return new CliError(`${scrub(error.message)} Try again later.`);
    if (typeof code === "string") {
      return new CliError(`The shop answered ${code}: ${scrub(error.message)}`, EXIT.failed);
    }
    if (error.message === "fetch failed") {
      const cause = networkCause(error);
      return new CliError(
        `Cannot reach the shop at ${settings.url}${cause ? ` (${cause})` : ""}. Is it running? Check --url or SHOP_API_URL.`,
      );
    }
    return new CliError(
      `The shop at ${settings.url} did not answer as an API would (${scrub(error.message)}). Check --url or SHOP_API_URL.`,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(`Unexpected failure: ${scrub(message)}`);
}
