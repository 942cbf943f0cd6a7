import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startOtlpReceiver } from "@petshop/server/otlp-receiver";
import { captureScenarios } from "./capture";
import {
  benchTarget,
  freePort,
  load,
  loadOptions,
  loadSettings,
  type Measurement,
  printTable,
  type Running,
  start,
  stopAll,
  summarize,
} from "./harness";

// `pnpm bench:tracing`: what OpenTelemetry tracing costs. Three servers from the same build on the
// same database take the same load in turn: one without OTEL_EXPORTER_OTLP_ENDPOINT, one tracing
// every request and one tracing a tenth, both sending to a collector on loopback. Figures are
// medians over the rounds; the spans the collector received are counted to show they were sent.

const { values: args } = parseArgs({ options: loadOptions("10") });
const { DURATION, WARMUP, ROUNDS, CONNECTIONS } = loadSettings(args);

const here = fileURLToPath(new URL(".", import.meta.url));
const { databaseUrl, serverMain } = benchTarget("pnpm bench:tracing");

/** The share of requests traced; null: tracing off. */
const VARIANTS = { off: null, all: "1", tenth: "0.1" } as const;
type Variant = keyof typeof VARIANTS;
const variants = Object.keys(VARIANTS) as Variant[];

async function main() {
  const scenarios = (await captureScenarios(databaseUrl)).fixed.filter((s) =>
    ["list: first page", "list: filtered + sorted", "bySlug"].includes(s.name),
  );
  const collector = await startOtlpReceiver({ keep: false });
  const servers = {} as Record<Variant, Running>;
  for (const variant of variants) {
    const port = await freePort();
    const ratio = VARIANTS[variant];
    servers[variant] = await start([serverMain], port, {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: "warn",
      MEDIA_DIR: join(here, "../results/.media"),
      ...(ratio ? { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_TRACES_SAMPLER_ARG: ratio } : {}),
    });
  }
  const url = (variant: Variant, s: (typeof scenarios)[number]) =>
    `${servers[variant].base}/trpc/${s.procedure}?input=${encodeURIComponent(JSON.stringify(s.input))}`;

  const samples = new Map<string, Measurement[]>();
  for (let round = 0; round < ROUNDS; round++) {
    const order = variants.map((_, i) => variants[(i + round) % variants.length] as Variant);
    for (const scenario of scenarios) {
      for (const variant of order) {
        const pid = servers[variant].child.pid;
        const options = { connections: CONNECTIONS, expect: 200 };
        await load(url(variant, scenario), { ...options, duration: WARMUP }, pid);
        const m = await load(url(variant, scenario), { ...options, duration: DURATION }, pid);
        const key = `${scenario.name}|${variant}`;
        samples.set(key, [...(samples.get(key) ?? []), m]);
        process.stderr.write(`round ${round + 1}: ${scenario.name}, tracing ${variant}\n`);
      }
    }
  }
  // The batch exporter sends every 5 s; wait for the last batch before counting.
  await new Promise((resolve) => setTimeout(resolve, 6_000));

  const summary = (key: string) => summarize(samples.get(key) ?? []);
  const results = scenarios.flatMap((s) => {
    const off = summary(`${s.name}|off`);
    return variants.map((variant) => {
      const m = summary(`${s.name}|${variant}`);
      const overOff = variant !== "off" && off.rps ? Number((m.rps / off.rps).toFixed(2)) : null;
      return { scenario: s.name, tracing: variant, sampled: VARIANTS[variant] ?? "", ...m, overOff };
    });
  });
  console.log(
    `\n${CONNECTIONS} connections; ${DURATION}s per run after ${WARMUP}s warm-up; medians of ${ROUNDS} rounds; Node ${process.version}\n`,
  );
  printTable([
    ["scenario", "tracing", "sampled", "req/s", "p50 ms", "p99 ms", "errors", "RSS MB", "vs off"],
    ...results.map((r) =>
      [r.scenario, r.tracing, r.sampled, r.rps, r.p50, r.p99, r.errors, r.rssMb, r.overOff ?? ""].map(String),
    ),
  ]);
  console.log(`\nThe collector received ${collector.received} spans.`);
  mkdirSync(join(here, "../results"), { recursive: true });
  const out = join(here, "../results", `tracing-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    out,
    `${JSON.stringify({ connections: CONNECTIONS, duration: DURATION, warmup: WARMUP, rounds: ROUNDS, node: process.version, results, spansReceived: collector.received }, null, 2)}\n`,
  );
  console.log(`Written to ${out}`);
  await collector.close();
}

try {
  await main();
} finally {
  stopAll();
}
