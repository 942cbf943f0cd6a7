import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findWorkspaceRoot, loadConfig } from "@petshop/config";
import autocannon from "autocannon";

// What every HTTP benchmark here does: start servers as child processes, load them with
// autocannon, and read their memory.

const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * What a benchmark of the built server needs: the PostgreSQL database to load (DATABASE_URL,
 * seeded with 10,000 animals) and the server's build. Exits 2 with a hint when either is missing.
 */
export function benchTarget(command: string): { root: string; databaseUrl: string; serverMain: string } {
  const root = findWorkspaceRoot(here);
  const config = loadConfig();
  if (config.database.kind !== "postgres") {
    console.error(
      `${command} needs DATABASE_URL: a PostgreSQL database seeded with pnpm db:seed --animals 10000.`,
    );
    process.exit(2);
  }
  const serverMain = join(root, "apps/server/dist/main.js");
  if (!existsSync(serverMain)) {
    console.error("Build the server first: pnpm build");
    process.exit(2);
  }
  return { root, databaseUrl: config.database.url, serverMain };
}

/** `--duration`, `--warmup` (seconds), `--rounds` and `--connections`, for `parseArgs`. */
export function loadOptions(duration = "15") {
  return {
    duration: { type: "string", default: duration },
    warmup: { type: "string", default: "3" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "64" },
  } as const;
}

/** The load settings `loadOptions` read, as numbers. */
export function loadSettings(values: {
  duration: string;
  warmup: string;
  rounds: string;
  connections: string;
}) {
  return {
    DURATION: Number(values.duration),
    WARMUP: Number(values.warmup),
    ROUNDS: Number(values.rounds),
    CONNECTIONS: Number(values.connections),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

const started: ChildProcess[] = [];

export interface Running {
  child: ChildProcess;
  base: string;
}

/** Starts `node …command` with only `env`, and waits for it to say it is ready or running. */
export async function start(
  command: string[],
  port: number,
  env: Record<string, string> = {},
): Promise<Running> {
  // cwd: this package, so `--import tsx` finds tsx.
  const child = spawn(process.execPath, command, {
    cwd: join(here, ".."),
    env: { ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  started.push(child);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command.join(" ")} did not start`)), 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      if (/ready|running at/.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`${command.join(" ")} exited with ${code}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

/** Stops every process `start` started. */
export function stopAll(): void {
  for (const child of started) child.kill("SIGTERM");
}

export function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  rssMb: number;
}

/** Loads `url` and counts as errors anything but `expect`, timeouts and failed connections. */
export async function load(
  url: string,
  options: {
    headers?: Record<string, string>;
    duration: number;
    connections: number;
    rate?: number;
    expect: number;
  },
  pid: number | undefined,
): Promise<Measurement> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.duration,
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.rate ? { overallRate: options.rate } : {}),
  });
  return measured(result, options.expect, pid);
}

/** autocannon's result as a Measurement: anything but `expect`, timeouts and failures are errors. */
export function measured(result: autocannon.Result, expect: number, pid: number | undefined): Measurement {
  const unexpected = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => Number(code) !== expect)
    .reduce((sum, [, stat]) => sum + (stat.count ?? 0), 0);
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + unexpected,
    rssMb: rssMb(pid),
  };
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The rounds of one measurement in one: medians of rate and latency, all errors, the highest RSS. */
export function summarize(rounds: Measurement[]): Measurement {
  return {
    rps: median(rounds.map((m) => m.rps)),
    p50: median(rounds.map((m) => m.p50)),
    p99: median(rounds.map((m) => m.p99)),
    errors: rounds.reduce((sum, m) => sum + m.errors, 0),
    rssMb: Math.max(0, ...rounds.map((m) => m.rssMb)),
  };
}

/** Prints rows as a table with padded columns. */
export function printTable(rows: string[][]): void {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
}
