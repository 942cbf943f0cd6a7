import { ConfigError } from "@petshop/config";
import { DatabaseInUseError } from "@petshop/db";
import { MigrationError } from "./migrator";

// Failures of the server's start-up and of the db:* commands become one line a person can act on,
// never a stack trace.

interface SystemError extends Error {
  code?: string;
  errors?: unknown[];
}

const POSTGRES_CODES: Record<string, string> = {
  "28P01": "password authentication failed",
  "28000": "the role is not allowed to connect",
  "3D000": "the database does not exist",
  "57P03": "the server is starting up",
};

/** Where we tried to connect, without credentials. */
function describeTarget(databaseUrl: string | undefined): string {
  if (!databaseUrl) return "the embedded database";
  const url = new URL(databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}

function codeOf(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const system = error as SystemError;
  if (system.code) return system.code;
  // Node reports a refused connection to several addresses as an AggregateError with no message.
  const first = system.errors?.[0];
  return first instanceof Error ? (first as SystemError).code : undefined;
}

/** One line naming what went wrong with the configuration or the database. */
export function describeFailure(error: unknown, databaseUrl?: string): string {
  if (error instanceof ConfigError || error instanceof DatabaseInUseError) return error.message;
  const cause = error instanceof MigrationError ? error.cause : error;
  const code = codeOf(cause);
  const target = describeTarget(databaseUrl);
  if (code === "ECONNREFUSED") return `Cannot reach ${target}: connection refused.`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `Cannot reach ${target}: unknown host.`;
  if (code === "ETIMEDOUT") return `Cannot reach ${target}: timed out.`;
  if (code && POSTGRES_CODES[code]) return `Cannot use ${target}: ${POSTGRES_CODES[code]}.`;
  if (error instanceof MigrationError) return `${error.message.split("\n")[0]} (nothing was changed)`;
  const message = error instanceof Error ? error.message : String(error);
  if (/timeout exceeded when trying to connect/i.test(message)) return `Cannot reach ${target}: timed out.`;
  return `Failed: ${message.split("\n")[0] || code || "unknown error"}`;
}
