import { createDatabase } from "@petshop/db";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, inject } from "vitest";
import { type TestDeps, testDeps } from "./context";

// Races need a real PostgreSQL server with a pool of connections: PGlite is one connection and
// cannot race. A race test file calls `raceDeps()` once and skips itself unless `onPostgres`.

/** Whether this run's test databases are on PostgreSQL (as CI's second pass is). */
export const onPostgres = inject("testDatabaseTemplate").kind === "postgres";

/**
 * Registers set-up and tear-down of a fresh test database with a pool of `poolMax` connections
 * (PostgreSQL only); the returned function gives its deps inside the tests.
 */
export function raceDeps(poolMax = 30): () => TestDeps {
  let testDb: TestDatabase | undefined;
  let deps: TestDeps | undefined;
  beforeAll(async () => {
    if (!onPostgres) return;
    testDb = await createTestDatabase();
    deps = testDeps(createDatabase({ kind: "postgres", url: testDb.url ?? "", poolMax }));
  });
  afterAll(async () => {
    await deps?.db.destroy();
    await testDb?.destroy();
  });
  return () => {
    if (!deps) throw new Error("raceDeps: only for tests that run on PostgreSQL");
    return deps;
  };
}
