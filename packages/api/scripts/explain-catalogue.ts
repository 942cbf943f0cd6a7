import { tmpdir } from "node:os";
import { loadConfig } from "@petshop/config";
import type { Database } from "@petshop/db";
import { CamelCasePlugin, type CompiledQuery, Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import pino from "pino";
import { systemClock } from "../src/auth/clock";
import { localPaymentProvider } from "../src/domains/payments/local-provider";
import { recordingJobQueue } from "../src/jobs/recording-queue";
import { createMailer } from "../src/mail/mailer";
import { fileMediaStore } from "../src/media/media-store";
import { createCaller } from "../src/root";
import { createTRPCContext } from "../src/trpc";

// Prints EXPLAIN ANALYZE of the catalogue's common paths, running the exact SQL the procedures
// send (captured from Kysely's log), as Markdown for docs/query-plans.md.
// Run against PostgreSQL seeded for load:
//   DATABASE_URL=… pnpm db:seed --animals 10000 && DATABASE_URL=… pnpm --filter @petshop/api explain:catalogue

const config = loadConfig();
if (config.database.kind !== "postgres")
  throw new Error("Set DATABASE_URL to a PostgreSQL database seeded with --animals.");

const captured: CompiledQuery[] = [];
const pool = new pg.Pool({ connectionString: config.database.url, max: 2 });
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  plugins: [new CamelCasePlugin()],
  log: (event) => {
    if (event.level === "query") captured.push(event.query);
  },
});

const logger = pino({ level: "silent" });
const ctx = await createTRPCContext(
  {
    db,
    mailer: createMailer(db, { kind: "log", deliver: async () => {} }, logger),
    media: fileMediaStore(tmpdir()),
    clock: systemClock,
    publicUrl: "http://x",
    cookies: { secure: false },
    orderHoldMinutes: 30,
    timeZone: config.shopTimeZone,
    deliveryCountries: config.deliveryCountries,
    pickup: config.pickup,
    jobs: recordingJobQueue(),
    payments: localPaymentProvider("http://127.0.0.1"),
    rateLimits: config.rateLimits,
  },
  { headers: new Headers(), resHeaders: new Headers(), requestId: "explain", logger, clientIp: null },
);
const api = createCaller(ctx);

const first = await api.animals.list({ limit: 24 });
const deep = await (async () => {
  let cursor = first.nextCursor;
  for (let i = 0; i < 40 && cursor; i++) cursor = (await api.animals.list({ limit: 24, cursor })).nextCursor;
  return cursor;
})();
const slug = first.items[0]?.slug ?? "";

const cases: [string, () => Promise<unknown>][] = [
  ["First page, newest first", () => api.animals.list({ limit: 24 })],
  [
    "Two species, price low to high, in stock",
    () => api.animals.list({ species: ["dog", "cat"], sort: "price_asc", inStock: true, limit: 24 }),
  ],
  ["Deep cursor page (page 42, newest first)", () => api.animals.list({ limit: 24, cursor: deep })],
  [
    "Text search, best match first",
    () => api.animals.list({ q: "playful retriever", sort: "relevance", limit: 24 }),
  ],
  [
    "Price range and age range, by name",
    () => api.animals.list({ priceMin: 20000, priceMax: 150000, ageMaxMonths: 6, sort: "name", limit: 24 }),
  ],
  ["One animal by slug", () => api.animals.bySlug({ slug })],
  ["Species facet counts", () => api.animals.facets({ inStock: true })],
];

const total = await sql<{ n: number }>`select count(*)::int as n from animals`.execute(db);
console.log(
  `Measured on PostgreSQL ${(await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0]?.v}, ${total.rows[0]?.n} animals.\n`,
);
for (const [title, run] of cases) {
  captured.length = 0;
  await run();
  const query = captured.find((q) => q.sql.includes('from "animals"'));
  if (!query) continue;
  const plan = await pool.query<{ "QUERY PLAN": string }>(`explain (analyze, buffers) ${query.sql}`, [
    ...query.parameters,
  ]);
  console.log(
    `## ${title}\n\n\`\`\`sql\n${query.sql}\n\`\`\`\n\n\`\`\`\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}\n\`\`\`\n`,
  );
}
await db.destroy();
