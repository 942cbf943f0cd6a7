import { loadConfig } from "@petshop/config";
import type { Database } from "@petshop/db";
import { CamelCasePlugin, type CompiledQuery, Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { ordersNeedingAttention } from "../src/domains/reports/attention";
import { dayIn } from "../src/domains/reports/days";
import { listLowStock } from "../src/domains/reports/low-stock";
import { salesReport } from "../src/domains/reports/sales-report";

// Prints EXPLAIN (ANALYZE, BUFFERS) of the staff reports, running the exact SQL the services send
// (captured from Kysely's log), as Markdown for docs/query-plans.md. Run against PostgreSQL seeded
// with listings and order history:
//   DATABASE_URL=… pnpm db:seed --animals 10000 && DATABASE_URL=… pnpm db:seed --orders 100000
//   DATABASE_URL=… pnpm --filter @petshop/api exec tsx scripts/explain-reports.ts

const config = loadConfig();
if (config.database.kind !== "postgres")
  throw new Error("Set DATABASE_URL to a PostgreSQL database seeded with --animals and --orders.");

const captured: CompiledQuery[] = [];
const pool = new pg.Pool({ connectionString: config.database.url, max: 2, options: "-c TimeZone=UTC" });
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  plugins: [new CamelCasePlugin()],
  log: (event) => {
    if (event.level === "query") captured.push(event.query);
  },
});

const now = new Date();
const timeZone = config.shopTimeZone;
const today = dayIn(timeZone, now);
const daysAgo = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
/** The first day of the month eleven months back: twelve months up to today. */
const yearAgo = (() => {
  const month = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - 11;
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-01`;
})();
const sales = (from: string, by: "day" | "month" | "species") =>
  salesReport(db, { from, to: today, by }, { timeZone, now });
const secondPage = async () => {
  const first = await listLowStock(db, { below: 3, limit: 50 });
  captured.length = 0;
  return listLowStock(db, { below: 3, limit: 50, cursor: first.nextCursor ?? undefined });
};

const cases: [string, () => Promise<unknown>, (q: CompiledQuery) => boolean][] = [
  [`Sales by month, ${yearAgo} to ${today}`, () => sales(yearAgo, "month"), () => true],
  [`Sales by day, ${daysAgo(89)} to ${today}`, () => sales(daysAgo(89), "day"), () => true],
  [`Sales by month, 2020-01-01 to ${today} (everything)`, () => sales("2020-01-01", "month"), () => true],
  [`Sales by species, ${yearAgo} to ${today}`, () => sales(yearAgo, "species"), () => true],
  ["Low stock, first page", () => listLowStock(db, { below: 3, limit: 50 }), () => true],
  ["Low stock, second page", secondPage, (q) => q.sql.includes("order by")],
  [
    "Attention: flagged",
    () => ordersNeedingAttention(db, { limit: 10, expiringWithinMinutes: 10 }, now),
    (q) => q.sql.includes('"attention" is not null'),
  ],
  [
    "Attention: expiring soon",
    () => ordersNeedingAttention(db, { limit: 10, expiringWithinMinutes: 10 }, now),
    (q) => q.sql.includes('"expires_at" <='),
  ],
  [
    "Attention: awaiting fulfilment",
    () => ordersNeedingAttention(db, { limit: 10, expiringWithinMinutes: 10 }, now),
    (q) => q.sql.includes('order by "paid_at"'),
  ],
];

const count = async (table: "orders" | "orderEvents" | "refunds" | "animals") =>
  (await db.selectFrom(table).select(sql<string>`count(*)`.as("n")).executeTakeFirstOrThrow()).n;
const version = (await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0]
  ?.v;
console.log(
  `Measured on PostgreSQL ${version}: ${await count("animals")} animals, ${await count("orders")} orders, ` +
    `${await count("orderEvents")} order events, ${await count("refunds")} refunds; shop time zone ${timeZone}.\n`,
);
for (const [title, run, pickQuery] of cases) {
  captured.length = 0;
  await run();
  const query = captured.find(pickQuery);
  if (!query) continue;
  // The machine is shared: the fastest of three runs is the plan's own cost, not its neighbours'.
  let best: string[] = [];
  let bestMs = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const plan = await pool.query<{ "QUERY PLAN": string }>(`explain (analyze, buffers) ${query.sql}`, [
      ...query.parameters,
    ]);
    const lines = plan.rows.map((r) => r["QUERY PLAN"]);
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(lines.at(-1) ?? "")?.[1] ?? Number.NaN);
    if (ms < bestMs || best.length === 0) [best, bestMs] = [lines, ms];
  }
  console.log(
    `### ${title}\n\n\`\`\`sql\n${query.sql.replace(/\n\s+/g, "\n").trim()}\n\`\`\`\n\n\`\`\`\n${best.join("\n")}\n\`\`\`\n`,
  );
}
await db.destroy();
