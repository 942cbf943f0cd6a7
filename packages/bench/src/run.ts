import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { findWorkspaceRoot, loadConfig } from "@petshop/config";
import pg from "pg";
import { type CapturedScenario, captureScenarios } from "./capture";
import { freePort, load, type Measurement, median, printTable, rssMb, start, stopAll } from "./harness";
import { pacedLoad } from "./paced";

// `pnpm bench`: the catalogue under load, on our server (the production build), the floor (bare
// Hono + raw pg, same SQL) and the peer (same appRouter on tRPC's standalone adapter). Variants
// alternate within each round; figures are medians over the rounds. Prints one table and writes
// the same as JSON under packages/bench/results/. It is a measurement, not a test.

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    warmup: { type: "string", default: "3" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "64" },
  },
});
const DURATION = Number(args.duration);
const WARMUP = Number(args.warmup);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = Number(args.connections);

const root = findWorkspaceRoot(fileURLToPath(new URL(".", import.meta.url)));
const here = fileURLToPath(new URL(".", import.meta.url));
const config = loadConfig();
if (config.database.kind !== "postgres") {
  console.error(
    "pnpm bench needs DATABASE_URL: a PostgreSQL database seeded with pnpm db:seed --animals 10000.",
  );
  process.exit(2);
}
const databaseUrl = config.database.url;
const serverMain = join(root, "apps/server/dist/main.js");
if (!existsSync(serverMain)) {
  console.error("Build the server first: pnpm build");
  process.exit(2);
}

const trpcUrl = (base: string, prefix: string, s: CapturedScenario) =>
  `${base}${prefix}/${s.procedure}?input=${encodeURIComponent(JSON.stringify(s.input))}`;

async function main() {
  const captured = await captureScenarios(databaseUrl);
  const scenariosFile = join(here, "../results/.scenarios.json");
  mkdirSync(join(here, "../results"), { recursive: true });
  writeFileSync(scenariosFile, JSON.stringify(captured));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: number }>("select count(*)::int as n from animals");
  await client.end();
  const [apiPort, floorPort, peerPort] = [await freePort(), await freePort(), await freePort()];
  const servers = {
    api: await start([serverMain], apiPort, {
      DATABASE_URL: databaseUrl,
      PORT: String(apiPort),
      LOG_LEVEL: "warn",
      MEDIA_DIR: join(here, "../results/.media"),
    }),
    floor: await start(
      ["--import", "tsx", join(here, "floor-server.ts"), scenariosFile, String(floorPort), databaseUrl],
      floorPort,
    ),
    peer: await start(
      ["--import", "tsx", join(here, "peer-server.ts"), String(peerPort), databaseUrl],
      peerPort,
    ),
  };
  const pid = (name: keyof typeof servers) => servers[name].child.pid;
  const urls = (s: CapturedScenario, index: number) => ({
    api: trpcUrl(servers.api.base, "/trpc", s),
    floor: `${servers.floor.base}/floor/${index}`,
    peer: trpcUrl(servers.peer.base, "", s),
  });

  type Variant = "api" | "floor" | "peer";
  const samples = new Map<string, Measurement[]>();
  const record = (key: string, m: Measurement) => samples.set(key, [...(samples.get(key) ?? []), m]);

  const etagFor = async (url: string) => (await fetch(url)).headers.get("etag") ?? "";
  for (let round = 0; round < ROUNDS; round++) {
    const order: Variant[] = (["api", "floor", "peer"] as const).map(
      (_, i, all) => all[(i + round) % 3] as Variant,
    );
    for (const [index, scenario] of captured.entries()) {
      for (const variant of order) {
        const url = urls(scenario, index)[variant];
        await load(url, { duration: WARMUP, connections: CONNECTIONS, expect: 200 }, pid(variant));
        record(
          `${scenario.name}|${variant}`,
          await load(url, { duration: DURATION, connections: CONNECTIONS, expect: 200 }, pid(variant)),
        );
        process.stderr.write(`round ${round + 1}: ${scenario.name} on ${variant}\n`);
      }
    }
    const firstPage = captured[0];
    if (firstPage) {
      const url = urls(firstPage, 0).api;
      const headers = { "if-none-match": await etagFor(url) };
      record(
        "revalidation (If-None-Match)|api",
        await load(url, { duration: DURATION, connections: CONNECTIONS, headers, expect: 304 }, pid("api")),
      );
    }
  }
  // 300 req/s offered twice: by autocannon (bursts at each second's start) and evenly paced.
  const fixedRate: Partial<Record<Variant, Measurement>> = {};
  const paced: Partial<Record<Variant, Measurement>> = {};
  const firstPage = captured[0];
  if (firstPage) {
    for (const variant of ["api", "floor", "peer"] as const) {
      const url = urls(firstPage, 0)[variant];
      fixedRate[variant] = await load(
        url,
        { duration: DURATION, connections: 16, rate: 300, expect: 200 },
        pid(variant),
      );
      await pacedLoad(url, { rate: 300, seconds: WARMUP, expect: 200 });
      const result = await pacedLoad(url, { rate: 300, seconds: DURATION, expect: 200 });
      paced[variant] = { ...result, rssMb: rssMb(pid(variant)) };
    }
  }

  const summary = (key: string) => {
    const list = samples.get(key) ?? [];
    return {
      rps: median(list.map((m) => m.rps)),
      p50: median(list.map((m) => m.p50)),
      p99: median(list.map((m) => m.p99)),
      errors: list.reduce((sum, m) => sum + m.errors, 0),
      rssMb: Math.max(0, ...list.map((m) => m.rssMb)),
    };
  };
  const table = [...captured.map((s) => s.name), "revalidation (If-None-Match)"].flatMap((name) => {
    const floor = summary(`${name === "revalidation (If-None-Match)" ? captured[0]?.name : name}|floor`);
    const peer = summary(`${name === "revalidation (If-None-Match)" ? captured[0]?.name : name}|peer`);
    return (["api", "floor", "peer"] as const)
      .filter((variant) => samples.has(`${name}|${variant}`))
      .map((variant) => {
        const m = summary(`${name}|${variant}`);
        return {
          scenario: name,
          variant,
          ...m,
          apiOverFloor: variant === "api" && floor.rps ? Number((m.rps / floor.rps).toFixed(2)) : null,
          apiOverPeer: variant === "api" && peer.rps ? Number((m.rps / peer.rps).toFixed(2)) : null,
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
    (["api", "floor", "peer"] as const).map((v) => [
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
  const all = [
    header,
    ...lines,
    ...rateLines("list: first page @ 300 req/s (autocannon, bursty)", fixedRate),
    ...rateLines("list: first page @ 300 req/s (evenly paced)", paced),
  ];
  console.log(
    `\n${rows[0]?.n} animals; ${CONNECTIONS} connections; ${DURATION}s per run after ${WARMUP}s warm-up; medians of ${ROUNDS} rounds; Node ${process.version}\n`,
  );
  printTable(all);

  const out = join(here, "../results", `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    out,
    `${JSON.stringify({ animals: rows[0]?.n, connections: CONNECTIONS, duration: DURATION, warmup: WARMUP, rounds: ROUNDS, node: process.version, results: table, fixedRate300: fixedRate, pacedRate300: paced }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${out}`);
}

try {
  await main();
} finally {
  stopAll();
}
