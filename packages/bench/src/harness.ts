import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

// What every HTTP benchmark here does: start servers as child processes, load them with
// autocannon, and read their memory.

const here = fileURLToPath(new URL(".", import.meta.url));

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
  const unexpected = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => Number(code) !== options.expect)
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

/** Prints rows as a table with padded columns. */
export function printTable(rows: string[][]): void {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
}
