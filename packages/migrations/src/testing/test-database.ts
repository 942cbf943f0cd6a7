import { readFile } from "node:fs/promises";
import type { PGlite } from "@electric-sql/pglite";
import { type Database, type OpenOptions, openDatabase } from "@petshop/db";
import type { Kysely } from "kysely";
import { inject } from "vitest";
import { adminQuery, quoteIdent, uniqueDatabaseName, urlForDatabase, waitUntilUnused } from "./template";
import "./template-context";

export interface TestDatabase {
  db: Kysely<Database>;
  kind: "pglite" | "postgres";
  /** The connection URL, on PostgreSQL only (for tests that need a second pool). */
  url: string | undefined;
  /** The embedded instance under `db`, on PGlite only (for the job queue's tests). */
  pglite: PGlite | null;
  /** Closes the connection and drops the database. */
  destroy(): Promise<void>;
}

/**
 * A migrated database of this test file's own: a copy of the run's template, on PGlite by default
 * or on the PostgreSQL server named by TEST_DATABASE_URL. `options` as for `openDatabase`.
 */
export async function createTestDatabase(options: OpenOptions = {}): Promise<TestDatabase> {
  const template = inject("testDatabaseTemplate");
  if (template.kind === "pglite") {
    const dump = new Blob([await readFile(template.dumpPath)]);
    const { db, pglite } = openDatabase({ kind: "pglite", dataDir: "memory://", loadDataDir: dump }, options);
    return { db, pglite, kind: "pglite", url: undefined, destroy: () => db.destroy() };
  }
  const name = uniqueDatabaseName("petshop_test");
  await adminQuery(
    template.serverUrl,
    `create database ${quoteIdent(name)} template ${quoteIdent(template.templateName)}`,
  );
  const url = urlForDatabase(template.serverUrl, name);
  const { db } = openDatabase({ kind: "postgres", url }, options);
  return {
    db,
    kind: "postgres",
    url,
    pglite: null,
    async destroy() {
      await db.destroy();
      await waitUntilUnused(template.serverUrl, name);
      await adminQuery(template.serverUrl, `drop database if exists ${quoteIdent(name)} with (force)`);
    },
  };
}
