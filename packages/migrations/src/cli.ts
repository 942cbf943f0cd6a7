import { parseArgs } from "node:util";
import { loadConfig } from "@petshop/config";
import { createDatabase } from "@petshop/db";
import { describeFailure } from "./describe-failure";
import { migrateToLatest, migrationStatus, rollbackAll, rollbackOne } from "./migrator";
import { seedLoadCatalogue } from "./seed/load-catalogue";
import { seedDemoCatalogue } from "./seed/seed-demo-catalogue";
import { seedOrderHistory } from "./seed/seed-order-history";

// The database CLI behind `pnpm db:*`. It talks to the database the server would use:
// DATABASE_URL when set, else the embedded PGlite data directory.

const usage = `Usage: pnpm db:<command>
  migrate    apply every pending migration
  rollback   revert the latest migration
  status     list migrations and when they ran
  seed       add the demo catalogue (existing listings are kept)
             --animals N: add N generated listings instead (deterministic, for load tests)
             --orders N: add N generated orders over the last two years on the listings
                         there (deterministic, for reports and their query plans)
  reset      revert everything, migrate again and seed

rollback and reset destroy data; on PostgreSQL (DATABASE_URL) they need --yes.`;

const DESTRUCTIVE = new Set(["rollback", "reset"]);

type Db = ReturnType<typeof createDatabase>;

interface Options {
  animals: number | undefined;
  orders: number | undefined;
}

const commands: Record<string, (db: Db, options: Options) => Promise<void>> = {
  async migrate(db) {
    const applied = await migrateToLatest(db);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Already up to date.");
  },
  async rollback(db) {
    const reverted = await rollbackOne(db);
    console.log(reverted.length ? `Reverted: ${reverted.join(", ")}` : "Nothing to revert.");
  },
  async status(db) {
    for (const m of await migrationStatus(db)) {
      console.log(`${m.executedAt ? m.executedAt.toISOString() : "pending                 "}  ${m.name}`);
    }
  },
  async seed(db, { animals, orders }) {
    if (animals !== undefined || orders === undefined) {
      const added =
        animals === undefined ? await seedDemoCatalogue(db) : await seedLoadCatalogue(db, animals);
      console.log(`Seeded ${added} animals.`);
    }
    if (orders !== undefined) console.log(`Seeded ${await seedOrderHistory(db, orders)} orders.`);
  },
  async reset(db) {
    await rollbackAll(db);
    const applied = await migrateToLatest(db);
    const added = await seedDemoCatalogue(db);
    console.log(`Reset: applied ${applied.length} migrations, seeded ${added} animals.`);
  },
};

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      yes: { type: "boolean", default: false },
      animals: { type: "string" },
      orders: { type: "string" },
    },
  });
  const name = positionals[0];
  const command = name && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const animals = values.animals === undefined ? undefined : Number(values.animals);
  if (animals !== undefined && !(Number.isInteger(animals) && animals > 0 && animals <= 1_000_000)) {
    console.error("--animals takes a whole number from 1 to 1000000.");
    return 2;
  }
  const orders = values.orders === undefined ? undefined : Number(values.orders);
  if (orders !== undefined && !(Number.isInteger(orders) && orders > 0 && orders <= 1_000_000)) {
    console.error("--orders takes a whole number from 1 to 1000000.");
    return 2;
  }
  const config = loadConfig();
  if (config.database.kind === "postgres" && DESTRUCTIVE.has(name ?? "") && !values.yes) {
    console.error(
      `db:${name} drops tables on ${new URL(config.database.url).host}. Run it again with --yes to go ahead.`,
    );
    return 1;
  }
  const db = createDatabase(config.database);
  const where = config.database.kind === "postgres" ? "PostgreSQL" : `PGlite at ${config.database.dataDir}`;
  console.log(`Database: ${where}`);
  try {
    await command(db, { animals, orders });
    return 0;
  } finally {
    await db.destroy();
  }
}

let databaseUrl: string | undefined;
try {
  const database = loadConfig().database;
  databaseUrl = database.kind === "postgres" ? database.url : undefined;
} catch {
  // main() reports a bad configuration itself.
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(describeFailure(error, databaseUrl));
    process.exit(1);
  },
);
