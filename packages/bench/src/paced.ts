import { Agent, request } from "node:http";

// Latency at a fixed offered rate, with arrivals evenly spaced. autocannon's `overallRate` lets each
// connection send its share of a second back to back as soon as the second starts, so at 300 req/s
// it measures how deep a burst queues, not how a server answers a steady 300 req/s. Here request k
// is due at start + k/rate whatever happened to earlier ones (an open loop), and its latency counts
// from when it was due, so a slow server cannot hide its queue (no coordinated omission).

export interface PacedResult {
  /** Requests completed per second over the run. */
  rps: number;
  p50: number;
  p99: number;
  /** Failed requests and answers with another status than `expect`. */
  errors: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Sends `rate` GETs a second to `url` (or to the URL it gives for each request) for `seconds`, at
 * most `maxSockets` open at once.
 */
export async function pacedLoad(
  url: string | (() => string),
  options: { rate: number; seconds: number; expect: number; maxSockets?: number },
): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 });
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let errors = 0;
  const inFlight: Promise<void>[] = [];

  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const req = request(typeof url === "string" ? url : url(), { agent }, (res) => {
        res.resume();
        res.on("end", () => {
          latencies.push(performance.now() - due);
          if (res.statusCode !== options.expect) errors++;
          resolve();
        });
      });
      req.on("error", () => {
        errors++;
        resolve();
      });
      req.end();
    });

  const start = performance.now();
  for (let k = 0; k < total; k++) {
    const due = start + k * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(due));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    rps: Math.round(latencies.length / elapsed),
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    errors,
  };
}
