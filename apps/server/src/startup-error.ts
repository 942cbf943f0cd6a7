import { describeFailure } from "@petshop/migrations";

/** One line naming what stopped start-up: the port, the configuration or the database. */
export function describeStartupError(error: unknown, databaseUrl?: string): string {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  if (code === "EADDRINUSE") return "Cannot listen: the port is already in use (set PORT to another one).";
  if (code === "EACCES") return "Cannot listen: not allowed to use this port (set PORT above 1023).";
  return describeFailure(error, databaseUrl);
}
