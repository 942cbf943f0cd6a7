import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { captureScenarios } from "./capture";
import { benchTarget, freePort, load, printTable, start, stopAll } from "./harness";

// `pnpm bench:profile`: where the server's CPU goes on one catalogue scenario. Starts the built
// server under `node --cpu-prof` (kept answers off unless --cache), loads it with autocannon,
// stops it, and prints the self time by package and the functions that take the most. The
// profile stays in packages/bench/results/.profiles/ for Chrome's DevTools.

const { values: args } = parseArgs({
  options: {
    scenario: { type: "string", default: "bySlug" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "64" },
    cache: { type: "boolean", default: false },
    top: { type: "string", default: "25" },
  },
});

const here = fileURLToPath(new URL(".", import.meta.url));
const { databaseUrl, serverMain } = benchTarget("pnpm bench:profile");

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: a package, our bundle, Node itself, or V8's own work. */
function owner(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  if (url.startsWith("node:")) return "node";
  if (url.includes("/dist/")) return "ours (bundle)";
  return url;
}

async function main() {
  const scenario = (await captureScenarios(databaseUrl)).fixed.find((s) => s.name === args.scenario);
  if (!scenario) {
    console.error(`No scenario named ${args.scenario}`);
    process.exit(2);
  }
  const dir = join(here, "../results/.profiles");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const server = await start(["--cpu-prof", "--cpu-prof-dir", dir, serverMain], port, {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    LOG_LEVEL: "warn",
    MEDIA_DIR: join(here, "../results/.media"),
    SHUTDOWN_DRAIN_MS: "0",
    ...(args.cache ? {} : { CATALOGUE_CACHE_MB: "0" }),
  });
  const url = `${server.base}/trpc/${scenario.procedure}?input=${encodeURIComponent(JSON.stringify(scenario.input))}`;
  const m = await load(
    url,
    { duration: Number(args.duration), connections: Number(args.connections), expect: 200 },
    server.child.pid,
  );
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  await exited;

  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("The server wrote no profile");
  const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const who = owner(frame.url, frame.functionName);
    byOwner.set(who, (byOwner.get(who) ?? 0) + us);
    const fn = `${frame.functionName || "(anonymous)"} ${who}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const share = (us: number) => `${((100 * us) / total).toFixed(1)} %`;
  console.log(
    `\n${scenario.name}, kept answers ${args.cache ? "on" : "off"}: ${m.rps} req/s, p99 ${m.p99} ms, ${m.errors} errors; ${(total / 1e6).toFixed(1)} s profiled\n`,
  );
  printTable([
    ["self time by owner", "share"],
    ...[...byOwner]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([who, us]) => [who, share(us)]),
  ]);
  console.log("");
  printTable([
    ["function (self time)", "share"],
    ...[...byFunction]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(args.top))
      .map(([fn, us]) => [fn, share(us)]),
  ]);
  console.log(`\nProfile: ${join(dir, file)}`);
}

try {
  await main();
} finally {
  stopAll();
}
