import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bumpCatalogueVersion } from "@petshop/api";
import { createDatabase } from "@petshop/db";
import autocannon from "autocannon";
import pg from "pg";
import { type CapturedScenario, captureScenarios } from "./capture";
import {
  benchTarget,
  freePort,
  load,
  loadOptions,
  loadSettings,
  type Measurement,
  measured,
  printTable,
  rssMb,
  start,
  stopAll,
  summarize,
} from "./harness";
import { cycle, zipfSequence } from "./mix";
import { pacedLoad } from "./paced";

// `pnpm bench`: the catalogue under load, on our server (the production build, with and without
// its kept answers), the floor (bare Hono + raw pg, same SQL) and the peer (same appRouter on
// tRPC's standalone adapter). Each fixed scenario asks one URL; the realistic mix (mix.ts) asks a
// Zipf-distributed sequence of thousands of distinct calls while a staff write bumps the catalogue
// version every few seconds. Variants alternate within each round; figures are medians over the
// rounds. Prints one table and writes the same as JSON under packages/bench/results/. It is a
// measurement, not a test. `--server` runs another build (an earlier commit's) in the api's place.

const { values: args } = parseArgs({
  options: {
    ...loadOptions(),
    server: { type: "string" },
    "skip-uncached": { type: "boolean", default: false },
    "write-every": { type: "string", default: "3" },
    only: { type: "string" },
  },
});
const { DURATION, WARMUP, ROUNDS, CONNECTIONS } = loadSettings(args);
const WRITE_EVERY_MS = Number(args["write-every"]) * 1000;
/** `--only "bySlug,realistic mix"`: those scenarios alone, without the revalidation and paced runs. */
const only = args.only ? new Set(args.only.split(",").map((name) => name.trim())) : null;
/** Calls drawn for the mix: enough that no run repeats the sequence. */
const MIX_SEQUENCE = 400_000;

const here = fileURLToPath(new URL(".", import.meta.url));
const target = benchTarget("pnpm bench");
const { databaseUrl } = target;
// A relative --server is read from the repository's root.
const serverMain = args.server
  ? isAbsolute(args.server)
    ? args.server
    : resolve(target.root, args.server)
  : target.serverMain;
if (!existsSync(serverMain)) {
  console.error(`No server build at ${serverMain}`);
  process.exit(2);
}

const VARIANTS = ["api", "api (no cache)", "floor", "peer"] as const;
type Variant = (typeof VARIANTS)[number];
const variants: Variant[] = VARIANTS.filter((v) => !(args["skip-uncached"] && v === "api (no cache)"));
const MIX = "realistic mix";

const trpcPath = (prefix: string, s: CapturedScenario) =>
  `${prefix}/${s.procedure}?input=${encodeURIComponent(JSON.stringify(s.input))}`;

/** A staff write every `everyMs`: the catalogue version moves on, as when staff edit a listing. */
function staffWrites(everyMs: number) {
  const db = createDatabase({ kind: "postgres", url: databaseUrl, poolMax: 1 });
  let writes = 0;
  const timer = setInterval(() => {
    void bumpCatalogueVersion(db).then(() => writes++);
  }, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await db.destroy();
      return writes;
    },
  };
}

/** autocannon over the mix: each request asks the next call of the Zipf sequence. */
async function loadMix(
  base: string,
  pathOf: (rank: number) => string,
  duration: number,
  pid: number | undefined,
): Promise<Measurement> {
  const next = cycle(zipfSequence(mixSize, MIX_SEQUENCE));
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: pathOf(next()) }) }],
  });
  return measured(result, 200, pid);
}

let mixSize = 0;

async function main() {
  const { fixed, mix } = await captureScenarios(databaseUrl);
  mixSize = mix.length;
  const scenariosFile = join(here, "../results/.scenarios.json");
  mkdirSync(join(here, "../results"), { recursive: true });
  writeFileSync(scenariosFile, JSON.stringify([...fixed, ...mix]));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: number }>("select count(*)::int as n from animals");
  await client.end();

  const apiEnv = (port: number, extra: Record<string, string> = {}) => ({
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    LOG_LEVEL: "warn",
    MEDIA_DIR: join(here, "../results/.media"),
    ...extra,
  });
  const servers = {} as Record<Variant, Awaited<ReturnType<typeof start>>>;
  for (const variant of variants) {
    const port = await freePort();
    servers[variant] =
      variant === "api"
        ? await start([serverMain], port, apiEnv(port))
        : variant === "api (no cache)"
          ? await start([serverMain], port, apiEnv(port, { CATALOGUE_CACHE_MB: "0" }))
          : variant === "floor"
            ? await start(
                ["--import", "tsx", join(here, "floor-server.ts"), scenariosFile, String(port), databaseUrl],
                port,
              )
            : await start(["--import", "tsx", join(here, "peer-server.ts"), String(port), databaseUrl], port);
  }
  const pid = (variant: Variant) => servers[variant].child.pid;
  /** The path a variant answers `s` at; the floor numbers the captured calls, fixed then mix. */
  const pathFor = (variant: Variant, s: CapturedScenario, floorIndex: number) =>
    variant === "floor" ? `/floor/${floorIndex}` : trpcPath(variant === "peer" ? "" : "/trpc", s);
  const mixPath = (variant: Variant) => (rank: number) =>
    pathFor(variant, mix[rank] as CapturedScenario, fixed.length + rank);

  const samples = new Map<string, Measurement[]>();
  const record = (key: string, m: Measurement) => samples.set(key, [...(samples.get(key) ?? []), m]);
  let writes = 0;

  const etagFor = async (url: string) => (await fetch(url)).headers.get("etag") ?? "";
  for (let round = 0; round < ROUNDS; round++) {
    const order = variants.map((_, i) => variants[(i + round) % variants.length] as Variant);
    for (const [index, scenario] of fixed.entries()) {
      if (only && !only.has(scenario.name)) continue;
      for (const variant of order) {
        const url = `${servers[variant].base}${pathFor(variant, scenario, index)}`;
        await load(url, { duration: WARMUP, connections: CONNECTIONS, expect: 200 }, pid(variant));
        record(
          `${scenario.name}|${variant}`,
          await load(url, { duration: DURATION, connections: CONNECTIONS, expect: 200 }, pid(variant)),
        );
        process.stderr.write(`round ${round + 1}: ${scenario.name} on ${variant}\n`);
      }
    }
    for (const variant of only && !only.has(MIX) ? [] : order) {
      const writer = staffWrites(WRITE_EVERY_MS);
      await loadMix(servers[variant].base, mixPath(variant), WARMUP, pid(variant));
      record(
        `${MIX}|${variant}`,
        await loadMix(servers[variant].base, mixPath(variant), DURATION, pid(variant)),
      );
      writes += await writer.stop();
      process.stderr.write(`round ${round + 1}: ${MIX} on ${variant}\n`);
    }
    const firstPage = only ? undefined : fixed[0];
    if (firstPage) {
      const url = `${servers.api.base}${pathFor("api", firstPage, 0)}`;
      const headers = { "if-none-match": await etagFor(url) };
      record(
        "revalidation (If-None-Match)|api",
        await load(url, { duration: DURATION, connections: CONNECTIONS, headers, expect: 304 }, pid("api")),
      );
    }
  }

  // 300 req/s offered: the first page by autocannon (bursts at each second's start) and evenly
  // paced, and the mix evenly paced with the staff writes going on.
  const fixedRate: Partial<Record<Variant, Measurement>> = {};
  const paced: Partial<Record<Variant, Measurement>> = {};
  const pacedMix: Partial<Record<Variant, Measurement>> = {};
  const firstPage = fixed[0];
  for (const variant of only ? [] : variants) {
    if (firstPage) {
      const url = `${servers[variant].base}${pathFor(variant, firstPage, 0)}`;
      fixedRate[variant] = await load(
        url,
        { duration: DURATION, connections: 16, rate: 300, expect: 200 },
        pid(variant),
      );
      await pacedLoad(url, { rate: 300, seconds: WARMUP, expect: 200 });
      paced[variant] = {
        ...(await pacedLoad(url, { rate: 300, seconds: DURATION, expect: 200 })),
        rssMb: rssMb(pid(variant)),
      };
    }
    const writer = staffWrites(WRITE_EVERY_MS);
    const next = cycle(zipfSequence(mixSize, MIX_SEQUENCE, 16));
    const mixUrl = () => `${servers[variant].base}${mixPath(variant)(next())}`;
    await pacedLoad(mixUrl, { rate: 300, seconds: WARMUP, expect: 200 });
    pacedMix[variant] = {
      ...(await pacedLoad(mixUrl, { rate: 300, seconds: DURATION, expect: 200 })),
      rssMb: rssMb(pid(variant)),
    };
    writes += await writer.stop();
  }

  const summary = (key: string) => summarize(samples.get(key) ?? []);
  const names = [...fixed.map((s) => s.name), MIX, "revalidation (If-None-Match)"];
  const table = names.flatMap((name) => {
    const reference = name === "revalidation (If-None-Match)" ? fixed[0]?.name : name;
    const floor = summary(`${reference}|floor`);
    const peer = summary(`${reference}|peer`);
    return variants
      .filter((variant) => samples.has(`${name}|${variant}`))
      .map((variant) => {
        const m = summary(`${name}|${variant}`);
        const ours = variant === "api" || variant === "api (no cache)";
        return {
          scenario: name,
          variant,
          ...m,
          apiOverFloor: ours && floor.rps ? Number((m.rps / floor.rps).toFixed(2)) : null,
          apiOverPeer: ours && peer.rps ? Number((m.rps / peer.rps).toFixed(2)) : null,
        };
      });
  });

  const header = [
    "scenario",
    "variant",
    "req/s",
    "p50 ms",
    "p99 ms",
    "errors",
    "RSS MB",
    "api/floor",
    "api/peer",
  ];
  const lines = table.map((r) =>
    [
      r.scenario,
      r.variant,
      r.rps,
      r.p50,
      r.p99,
      r.errors,
      r.rssMb,
      r.apiOverFloor ?? "",
      r.apiOverPeer ?? "",
    ].map(String),
  );
  const rateLines = (label: string, measured: Partial<Record<Variant, Measurement>>) =>
    variants.map((v) => [
      label,
      v,
      String(measured[v]?.rps ?? ""),
      String(measured[v]?.p50 ?? ""),
      String(measured[v]?.p99 ?? ""),
      String(measured[v]?.errors ?? ""),
      String(measured[v]?.rssMb ?? ""),
      "",
      "",
    ]);
  console.log(
    `\n${rows[0]?.n} animals; ${CONNECTIONS} connections; ${DURATION}s per run after ${WARMUP}s warm-up; medians of ${ROUNDS} rounds; Node ${process.version}; server ${serverMain}`,
  );
  console.log(
    `The mix: ${mix.length} distinct calls, Zipf (s = 1.1); a staff write every ${WRITE_EVERY_MS / 1000} s (${writes} in all)\n`,
  );
  printTable([
    header,
    ...lines,
    ...(only
      ? []
      : [
          ...rateLines("list: first page @ 300 req/s (autocannon, bursty)", fixedRate),
          ...rateLines("list: first page @ 300 req/s (evenly paced)", paced),
          ...rateLines(`${MIX} @ 300 req/s (evenly paced)`, pacedMix),
        ]),
  ]);

  const out = join(here, "../results", `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    out,
    `${JSON.stringify({ animals: rows[0]?.n, connections: CONNECTIONS, duration: DURATION, warmup: WARMUP, rounds: ROUNDS, only: args.only ?? null, node: process.version, server: serverMain, mixCalls: mix.length, staffWrites: writes, results: table, fixedRate300: fixedRate, pacedRate300: paced, pacedMix300: pacedMix }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${out}`);
}

try {
  await main();
} finally {
  stopAll();
}
