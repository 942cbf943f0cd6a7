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

/**
 * Waits (up to `timeoutMs`) until nothing is connected to `database`. A pool's `end()` resolves
 * while its clients are still saying goodbye; dropping the database then (WITH FORCE) kills them
 * mid-goodbye, and the client reports that as an unhandled error in the test run.
 */
export async function waitUntilUnused(serverUrl: string, database: string, timeoutMs = 5_000): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where datname = $1",
        [database],
      );
      if ((rows[0]?.n ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}
