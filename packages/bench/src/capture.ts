import { tmpdir } from "node:os";
import {
  type ApiDeps,
  createCaller,
  createMailer,
  createTRPCContext,
  fileMediaStore,
  localPaymentProvider,
  logTransport,
  recordingJobQueue,
  systemClock,
} from "@petshop/api";
import type { Database } from "@petshop/db";
import { CamelCasePlugin, type CompiledQuery, Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import pino from "pino";
import { type CatalogueSample, mixCalls } from "./mix";
import { type Scenario, scenarios } from "./scenarios";

/** A scenario with the exact SQL its procedure sends, for the floor to run with raw pg. */
export type CapturedScenario = Scenario & { sql: string; parameters: unknown[] };

/**
 * Runs each scenario, and each call of the realistic mix, once through the real procedures and
 * keeps the SQL Kysely sent, for the floor to run.
 */
export async function captureScenarios(
  databaseUrl: string,
): Promise<{ fixed: CapturedScenario[]; mix: CapturedScenario[] }> {
  const captured: CompiledQuery[] = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    log: (event) => {
      if (event.level === "query") captured.push(event.query);
    },
  });
  const logger = pino({ level: "silent" });
  const deps: ApiDeps = {
    db,
    mailer: createMailer(db, logTransport(logger), logger),
    media: fileMediaStore(tmpdir()),
    clock: systemClock,
    publicUrl: "http://127.0.0.1",
    cookies: { secure: false },
    orderHoldMinutes: 30,
    timeZone: "Europe/Dublin",
    deliveryCountries: ["IE"],
    pickup: { address: "The bench", hours: "Always" },
    jobs: recordingJobQueue(),
    payments: localPaymentProvider("http://127.0.0.1"),
    // Every simulated visitor comes from this one address.
    rateLimits: { registrations: 1_000_000, passwordResets: 1_000_000, anonymousCarts: 1_000_000 },
  };
  const request = {
    headers: new Headers(),
    resHeaders: new Headers(),
    requestId: "bench",
    logger,
    clientIp: null,
  };
  const api = createCaller(await createTRPCContext(deps, request));

  let cursor = (await api.animals.list({ limit: 24 })).nextCursor;
  for (let page = 2; page < 40 && cursor; page++)
    cursor = (await api.animals.list({ limit: 24, cursor })).nextCursor;
  const slug = (await api.animals.list({ limit: 1, sort: "name" })).items[0]?.slug;
  if (!cursor || !slug)
    throw new Error("The catalogue is too small: seed it with pnpm db:seed --animals 10000.");

  const capture = async (scenario: Scenario): Promise<CapturedScenario> => {
    captured.length = 0;
    if (scenario.procedure === "animals.list") await api.animals.list(scenario.input);
    else await api.animals.bySlug(scenario.input);
    const query = captured.find((q) => q.sql.includes('from "animals"'));
    if (!query) throw new Error(`No catalogue query captured for ${scenario.name}`);
    return { ...scenario, sql: query.sql, parameters: [...query.parameters] };
  };
  const fixed: CapturedScenario[] = [];
  for (const scenario of scenarios(cursor, slug)) fixed.push(await capture(scenario));
  const mix: CapturedScenario[] = [];
  for (const call of mixCalls(await catalogueSample(db))) mix.push(await capture(call));
  await db.destroy();
  return { fixed, mix };
}

/** Slugs, breeds and words that the seeded catalogue holds, for the mix's long tail. */
async function catalogueSample(db: Kysely<Database>): Promise<CatalogueSample> {
  const slugs = await db
    .selectFrom("animals")
    .select("slug")
    .where("status", "=", "active")
    .orderBy("slug")
    .limit(2_000)
    .execute();
  const breeds = await db
    .selectFrom("animals")
    .select("breed")
    .distinct()
    .orderBy("breed")
    .limit(200)
    .execute();
  const words = await sql<{ word: string }>`
    select word from ts_stat('select search from animals') where length(word) > 3 order by ndoc desc, word limit 300
  `.execute(db);
  return {
    slugs: slugs.map((r) => r.slug),
    breeds: breeds.map((r) => r.breed),
    words: words.rows.map((r) => r.word),
  };
}
