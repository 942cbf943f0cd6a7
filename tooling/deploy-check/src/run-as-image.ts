import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { FIRST_SCREEN_ELEMENT_ID } from "@petshop/client/first-screen";
import type { ImageRecipe } from "./image-recipe";

// The Dockerfile's stages, done here without a container engine: prune the workspace with turbo,
// install from the pruned manifests and lockfile, build, `pnpm deploy` the server's production
// dependencies, then run the final stage's CMD with its ENV (paths under /app and /data moved into a
// temporary folder), after the migration step, as compose.yaml runs them. PostgreSQL, like production.

const PNPM = ["-y", "pnpm@10.34.9"];
const SCOPES = ["@petshop/server", "@petshop/storefront", "@petshop/admin"];

export interface RunFigures {
  /** Bytes of the final stage's /app: the server, its production dependencies, both SPAs. */
  appBytes: number;
  /** Packages in its node_modules/.pnpm, direct and indirect. */
  packages: number;
}

/** Runs a command to its end; its errors show, its chatter does not. Without `env`, it inherits ours. */
function run(command: string, args: string[], cwd: string, env?: Record<string, string>): void {
  execFileSync(command, args, { cwd, ...(env ? { env } : {}), stdio: ["ignore", "ignore", "inherit"] });
}

/** Bytes on disk below `path`, each file once: pnpm's links are counted as links, not followed. */
function folderBytes(path: string): number {
  const stats = lstatSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The image's settings with its folders moved under `root`: /app → root/app, /data → root/data. */
function movedInto(root: string, environment: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).map(([name, value]) => [
      name,
      value.replace(/^\/(app|data)(?=\/|$)/, `${root}/$1`),
    ]),
  );
}

async function answers(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

function expectStatus(what: string, response: Response, status = 200): void {
  if (response.status !== status) throw new Error(`${what} answered ${response.status}, not ${status}`);
}

/** Builds the image's /app in a temporary folder and serves the shop from it; throws on any failure. */
export async function runAsImage(options: {
  workspace: string;
  recipe: ImageRecipe;
  /** A database of its own for the run, migrated by the run's migration step. */
  databaseUrl: string;
  step: (what: string) => void;
}): Promise<RunFigures> {
  const { workspace, recipe, databaseUrl, step } = options;
  const root = mkdtempSync(join(tmpdir(), "petshop-image-"));
  try {
    step("turbo prune");
    run(
      join(workspace, "node_modules/.bin/turbo"),
      ["prune", ...SCOPES, "--docker", "--out-dir", join(root, "out")],
      workspace,
    );

    step("install from the pruned manifests (frozen lockfile)");
    const build = join(root, "build");
    cpSync(join(root, "out/json"), build, { recursive: true });
    run("npx", [...PNPM, "install", "--frozen-lockfile", "--prefer-offline"], build);

    step("build");
    cpSync(join(root, "out/full"), build, { recursive: true });
    // As the Dockerfile does: turbo prune leaves out the root tsconfig.json that the builds extend.
    cpSync(join(workspace, "tsconfig.json"), join(build, "tsconfig.json"));
    run(
      join(build, "node_modules/.bin/turbo"),
      ["run", "build", ...SCOPES.map((scope) => `--filter=${scope}`)],
      build,
    );

    step("the server's production dependencies (pnpm deploy --prod) and the built SPAs");
    const app = join(root, "app");
    run("npx", [...PNPM, "--filter", "@petshop/server", "deploy", "--legacy", "--prod", app], build);
    cpSync(join(build, "apps/storefront/dist"), join(app, "storefront"), { recursive: true });
    cpSync(join(build, "apps/admin/dist"), join(app, "admin"), { recursive: true });
    mkdirSync(join(root, "data/media"), { recursive: true });
    const figures = {
      appBytes: folderBytes(app),
      packages: readdirSync(join(app, "node_modules/.pnpm")).length,
    };

    const port = await freePort();
    const metricsPort = await freePort();
    // As compose.yaml runs it: PostgreSQL, migrations as a step of their own, metrics on their port.
    const environment = {
      ...movedInto(root, recipe.environment),
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      MIGRATE_ON_START: "false",
      METRICS_PORT: String(metricsPort),
    };
    // The image's `node` is this Node: same major version (the Dockerfile's NODE_IMAGE).
    const [command = "node", ...args] = recipe.command;
    const program = command === "node" ? process.execPath : command;

    step("the migration step (compose.yaml's migrate: node dist/migrate.js)");
    run(program, ["dist/migrate.js"], app, environment);

    step(`the image's CMD: ${recipe.command.join(" ")}`);
    const server: ChildProcess = spawn(program, args, {
      cwd: app,
      env: environment,
      stdio: ["ignore", "ignore", "inherit"],
    });
    try {
      const origin = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      expectStatus("/readyz", await answers(`${origin}/readyz`, deadline));
      const home = await fetch(`${origin}/`, { headers: { accept: "text/html" } });
      expectStatus("the storefront", home);
      const html = await home.text();
      const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
      if (!script) throw new Error("the storefront's index.html names no script");
      // The build's first-screen module runs from the image's copy of the storefront (decision 026).
      if (!html.includes(`id="${FIRST_SCREEN_ELEMENT_ID}"`)) {
        throw new Error("the storefront's home page came without its first screen's data");
      }
      expectStatus(`the storefront's ${script}`, await fetch(`${origin}${script}`));
      expectStatus("the admin app", await fetch(`${origin}/admin/`));
      const list = encodeURIComponent(JSON.stringify({ limit: 1 }));
      expectStatus("animals.list", await fetch(`${origin}/trpc/animals.list?input=${list}`));
      expectStatus("/metrics", await fetch(`http://127.0.0.1:${metricsPort}/metrics`));
    } finally {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    if (server.exitCode !== 0) throw new Error(`the server exited with ${server.exitCode} on SIGTERM`);
    return figures;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
