import { randomBytes } from "node:crypto";
import pg from "pg";

// Naming and administration of throw-away PostgreSQL databases for tests.

/** A random, SQL-safe database name with the given prefix. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString("hex")}`;
}

/** The URL of `database` on the same server as `serverUrl`. */
export function urlForDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one administrative statement (CREATE/DROP DATABASE) on the server of `serverUrl`. */
export async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Identifier quoting for names we generated ourselves. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
