import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadTestConfig } from "@petshop/config";
import { createDatabase, createPGlite, databaseOnPGlite } from "@petshop/db";
import type { TestProject } from "vitest/node";
import { migrateToLatest } from "../migrator";
import { adminQuery, quoteIdent, uniqueDatabaseName, urlForDatabase } from "./template";
import type { TestDatabaseTemplate } from "./template-context";

// Vitest global set-up: migrate one template database per run, which every test file then copies.
// Migrating is the slow part (PGlite start-up alone takes seconds), so it happens once.

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { testDatabaseUrl } = loadTestConfig();
  let template: TestDatabaseTemplate;
  let teardown: () => Promise<void>;

  if (testDatabaseUrl) {
    const name = uniqueDatabaseName("petshop_template");
    await adminQuery(testDatabaseUrl, `create database ${quoteIdent(name)}`);
    teardown = () => adminQuery(testDatabaseUrl, `drop database if exists ${quoteIdent(name)} with (force)`);
    const db = createDatabase({ kind: "postgres", url: urlForDatabase(testDatabaseUrl, name), poolMax: 1 });
    try {
      await migrateToLatest(db);
    } catch (error) {
      await db.destroy();
      await teardown();
      throw error;
    }
    await db.destroy();
    template = { kind: "postgres", serverUrl: testDatabaseUrl, templateName: name };
  } else {
    const pglite = createPGlite({ dataDir: "memory://" });
    const db = databaseOnPGlite(pglite);
    const folder = await mkdtemp(join(tmpdir(), "petshop-template-"));
    const dumpPath = join(folder, "template.tar");
    try {
      await migrateToLatest(db);
      const dump = await pglite.dumpDataDir("none");
      await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await db.destroy();
    }
    template = { kind: "pglite", dumpPath };
    teardown = () => rm(folder, { recursive: true, force: true });
  }

  // One line in the run's output saying which database the integration tests really used.
  console.log(
    template.kind === "postgres"
      ? `Test databases: copies of ${template.templateName} on PostgreSQL at ${new URL(template.serverUrl).host}`
      : "Test databases: copies of a migrated embedded PGlite",
  );
  project.provide("testDatabaseTemplate", template);
  return teardown;
}
