import { type Config, loadConfig } from "@petshop/config";
import { openDatabase } from "@petshop/db";
import { migrateToLatest } from "@petshop/migrations";
import { describeStartupError } from "./startup-error";

// The deploy step that migrates (docs/operations.md): applies every pending migration, in one
// transaction under the migrator's advisory lock, and exits 0; or exits 1 with one line saying
// why, having changed nothing. Servers and workers started with MIGRATE_ON_START=false wait for it.

let config: Config | undefined;

async function main() {
  config = loadConfig();
  const { db } = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(db);
    console.log(applied.length ? `Applied ${applied.join(", ")}.` : "Already up to date.");
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(
    describeStartupError(error, config?.database.kind === "postgres" ? config.database.url : undefined),
  );
  process.exit(1);
});
