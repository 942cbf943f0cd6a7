import { execFileSync, spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApiClient } from "@petshop/client";
import { findWorkspaceRoot, loadConfig, readEnvironment } from "@petshop/config";
import pg from "pg";

// `pnpm bench:cli`: the `shop` command's bulk paths against the built server on PostgreSQL.
// Imports 10,000 generated rows (all new, then all unchanged, then a tenth changed), then exports
// 10,000 and 100,000 listings, printing wall time, rows/s and the peak RSS of the command and the
// server. Works on a database of its own, created on the server DATABASE_URL points at and
// dropped at the end.

const root = findWorkspaceRoot(fileURLToPath(new URL(".", import.meta.url)));
const serverMain = join(root, "apps/server/dist/main.js");
const shopMain = join(root, "apps/cli/dist/shop.js");
for (const file of [serverMain, shopMain]) {
  if (!existsSync(file)) {
    console.error(`Build first: pnpm build (missing ${file})`);
    process.exit(2);
  }
}
const settings = loadConfig().database;
if (settings.kind !== "postgres") {
  console.error("pnpm bench:cli needs DATABASE_URL: a PostgreSQL server where it may create a database.");
  process.exit(2);
}
const adminUrl = settings.url;

const ROWS = 10_000;
const EXPORT_ROWS = 100_000;
const SPECIES = ["dog", "cat", "bird", "fish", "reptile", "small_mammal"] as const;
const database = `petshop_bench_cli_${Date.now()}`;
const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
const work = mkdtempSync(join(tmpdir(), "petshop-bench-cli-"));
/** This process's environment (PATH for npx), to which each child adds its own settings. */
const inherited = readEnvironment(root);
const admin = { email: "bench-admin@petshop.localhost", password: "bench admin password 2026" };

async function sql(text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Peak resident memory of a live process so far, in MB (Linux's high-water mark). */
function peakRssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/** A repository command with the bench database's settings, e.g. `pnpm db:migrate`. */
function pnpmRun(args: string[], env: Record<string, string> = {}) {
  execFileSync("npx", ["-y", "pnpm@10.34.9", "--silent", ...args], {
    cwd: root,
    env: { ...inherited, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** Starts the built server on the bench database; resolves with its URL once it listens. */
async function startServer() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [serverMain], {
    cwd: root,
    env: { ...inherited, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, url };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error("The server did not become ready");
}

/** Signs in as the bench admin and makes an API token, as a person would in the admin app. */
async function apiToken(url: string): Promise<string> {
  let cookie = "";
  const keepCookie: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    cookie = response.headers.getSetCookie()[0]?.split(";")[0] ?? cookie;
    return response;
  };
  await createApiClient({ url, headers: { origin: url }, fetch: keepCookie }).users.login.mutate(admin);
  const signedIn = createApiClient({ url, headers: { origin: url, cookie } });
  return (await signedIn.users.createApiToken.mutate({ name: "bench" })).token;
}

/** 10,000 deterministic listings as the import reads them; `changed` alters every tenth price. */
function csvOf(changed: boolean): string {
  const lines = ["slug,name,species,breed,sex,birthDate,priceMinor,currency,stock,status,description"];
  for (let i = 0; i < ROWS; i++) {
    const price = 1_000 + ((i * 7919) % 200_000) + (changed && i % 10 === 0 ? 1 : 0);
    const species = SPECIES[i % SPECIES.length];
    const day = String(1 + (i % 28)).padStart(2, "0");
    lines.push(
      `bench-${String(i).padStart(5, "0")},Bench animal ${i},${species},Mixed,unknown,2025-06-${day},${price},EUR,${i % 5},active,"A bench listing, number ${i}."`,
    );
  }
  return `${lines.join("\n")}\n`;
}

interface Run {
  seconds: number;
  shopPeakMb: number;
  serverPeakMb: number;
  code: number | null;
  output: string;
}

/** Runs `node dist/shop.js ...args`, sampling peak RSS of it and of the server. */
function runShop(
  args: string[],
  url: string,
  token: string,
  serverPid: number | undefined,
  stdoutFile?: string,
) {
  return new Promise<Run>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [shopMain, ...args], {
      cwd: work,
      env: { SHOP_API_URL: url, SHOP_API_TOKEN: token },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    if (stdoutFile) child.stdout.pipe(createWriteStream(stdoutFile));
    else child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    let shopPeakMb = 0;
    let serverPeakMb = 0;
    const sampler = setInterval(() => {
      shopPeakMb = Math.max(shopPeakMb, peakRssMb(child.pid));
      serverPeakMb = Math.max(serverPeakMb, peakRssMb(serverPid));
    }, 20);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sampler);
      resolve({ seconds: (performance.now() - started) / 1000, shopPeakMb, serverPeakMb, code, output });
    });
  });
}

async function main() {
  await sql(`create database ${database}`);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    pnpmRun(["db:migrate"]);
    pnpmRun(["users:create-admin", "--email", admin.email, "--name", "Bench"], {
      ADMIN_PASSWORD: admin.password,
    });
    server = await startServer();
    const token = await apiToken(server.url);
    const pid = server.child.pid;
    const fresh = join(work, "fresh.csv");
    const changed = join(work, "changed.csv");
    writeFileSync(fresh, csvOf(false));
    writeFileSync(changed, csvOf(true));

    const table: string[][] = [];
    const record = (what: string, run: Run, rows: number) => {
      if (run.code !== 0) throw new Error(`${what} exited ${run.code}: ${run.output}`);
      table.push([
        what,
        rows.toLocaleString("en"),
        run.seconds.toFixed(1),
        Math.round(rows / run.seconds).toLocaleString("en"),
        String(run.shopPeakMb),
        String(run.serverPeakMb),
      ]);
      console.error(`${what}: ${run.output.trim().split("\n").at(-1)}`);
    };
    record("import, all new", await runShop(["animals", "import", fresh], server.url, token, pid), ROWS);
    record(
      "import, all unchanged",
      await runShop(["animals", "import", fresh], server.url, token, pid),
      ROWS,
    );
    record(
      "import, a tenth changed",
      await runShop(["animals", "import", changed], server.url, token, pid),
      ROWS,
    );
    const exportFile = join(work, "export.csv");
    record("export", await runShop(["animals", "export"], server.url, token, pid, exportFile), ROWS);

    server.child.kill("SIGTERM");
    await new Promise((resolve) => server?.child.once("exit", resolve));
    pnpmRun(["db:seed", "--animals", String(EXPORT_ROWS - ROWS)]);
    server = await startServer();
    record(
      "export",
      await runShop(["animals", "export"], server.url, token, server.child.pid, exportFile),
      EXPORT_ROWS,
    );

    const head = ["run", "rows", "seconds", "rows/s", "shop peak RSS MB", "server peak RSS MB"];
    console.log(`| ${head.join(" | ")} |\n|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
    for (const row of table) console.log(`| ${row.join(" | ")} |`);
  } finally {
    server?.child.kill("SIGTERM");
    if (server) await new Promise((resolve) => server?.child.once("exit", resolve));
    await sql(`drop database if exists ${database} with (force)`);
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
