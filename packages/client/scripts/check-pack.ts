/**
 * `pnpm --filter @petshop/client test`: does what an engineer in another repository does. Packs the
 * client (which builds it), installs the tarball with npm in an empty folder outside this
 * repository, and runs tsc there on a ten-line script: it must pass, and a misspelt field must fail.
 * Ends with `N passed, M failed` (exit 1 on any failure); removes its temporary folders.
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importedPackages } from "./imports";

const PNPM = "pnpm@10.34.9";
/** All the packed client may depend on: no @petshop/*, nothing only the server needs. */
const ALLOWED_DEPENDENCIES = ["@trpc/client", "@trpc/server", "zod"];

const clientDir = join(dirname(fileURLToPath(import.meta.url)), "..");

const GOOD_SCRIPT = `import { createApiClient, type RouterOutputs } from "@petshop/client";
import { animalListInput } from "@petshop/client/schemas";

type Animal = RouterOutputs["animals"]["list"]["items"][number];

const client = createApiClient({ url: "http://127.0.0.1:3000", token: "pst_example" });
const page = await client.animals.list.query({ limit: 5 });
const first: Animal | undefined = page.items[0];
const name: string | undefined = page.items[0]?.name;
console.log(name, first?.priceMinor, page.nextCursor, animalListInput.parse({ limit: 5 }).limit);
`;

const MISSPELT_OUTPUT = `import { createApiClient } from "@petshop/client";

const client = createApiClient({ url: "http://127.0.0.1:3000" });
const page = await client.animals.list.query({ limit: 5 });
console.log(page.items[0]?.nmae);
`;

const MISSPELT_INPUT = `import { createApiClient } from "@petshop/client";

const client = createApiClient({ url: "http://127.0.0.1:3000" });
await client.animals.list.query({ limt: 5 });
`;

/** The built JavaScript, run by Node against a stand-in fetch: one batched GET, one typed page. */
const RUNTIME_SCRIPT = `import { createApiClient } from "@petshop/client";
import { animalListInput } from "@petshop/client/schemas";

const seen = [];
const client = createApiClient({
  url: "http://shop.test/",
  token: "pst_example",
  fetch: async (url, init) => {
    seen.push({ url: String(url), authorization: new Headers(init?.headers).get("authorization") });
    const page = { items: [{ name: "Rex" }], nextCursor: null };
    return new Response(JSON.stringify([{ result: { data: page } }]), {
      headers: { "content-type": "application/json" },
    });
  },
});
const page = await client.animals.list.query(animalListInput.parse({ limit: 5 }));
if (page.items[0]?.name !== "Rex") throw new Error("unexpected page " + JSON.stringify(page));
if (!seen[0]?.url.startsWith("http://shop.test/trpc/animals.list?batch=1")) throw new Error(seen[0]?.url);
if (seen[0]?.authorization !== "Bearer pst_example") throw new Error("no bearer token");
if (animalListInput.safeParse({ limit: 0 }).success) throw new Error("limit 0 accepted");
console.log("ok");
`;

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2023", "DOM"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
  files: ["script.ts"],
};

let passed = 0;
let failed = 0;

function pass(what: string): void {
  passed++;
  console.log(`ok    ${what}`);
}

function fail(what: string, why: string): void {
  failed++;
  console.log(`FAIL  ${what}\n      ${why.trim().split("\n").join("\n      ")}`);
}

function check(what: string, ok: boolean, why: string): boolean {
  if (ok) pass(what);
  else fail(what, why);
  return ok;
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> & { seconds: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { ...result, seconds: ((performance.now() - started) / 1000).toFixed(1) };
}

function output(result: SpawnSyncReturns<string>): string {
  const text = `${result.error?.message ?? ""}\n${result.stdout ?? ""}\n${result.stderr ?? ""}`.trim();
  return text.length > 4000 ? `…${text.slice(-4000)}` : text;
}

function main(tempDirs: string[]): void {
  const started = performance.now();
  const packDir = mkdtempSync(join(tmpdir(), "petshop-client-pack-"));
  tempDirs.push(packDir);
  const manifestPath = join(clientDir, "package.json");
  const manifestBefore = readFileSync(manifestPath, "utf8");

  // 1. Pack, as the README says: prepack builds dist/ with tsdown and writes the packed manifest.
  const packed = run("npx", ["-y", PNPM, "pack", "--pack-destination", packDir], clientDir);
  const tarball = readdirSync(packDir).find((name) => /^petshop-client-.+\.tgz$/.test(name));
  const packOk = packed.status === 0 && tarball !== undefined;
  if (!check(`pnpm pack builds and packs (${packed.seconds} s)`, packOk, output(packed))) return;
  const tarballPath = join(packDir, tarball ?? "");
  pass(`tarball ${tarball}: ${(statSync(tarballPath).size / 1024).toFixed(0)} KiB`);
  check(
    "the workspace's package.json is unchanged after packing",
    readFileSync(manifestPath, "utf8") === manifestBefore,
    "postpack did not restore packages/client/package.json (see scripts/pack-manifest.ts)",
  );

  // 2. What is inside: only dist/ and a manifest that needs nothing from this repository.
  const unpacked = join(packDir, "package");
  const untar = run("tar", ["-xzf", tarballPath], packDir);
  if (!check("the tarball unpacks", untar.status === 0, output(untar))) return;
  const manifest = JSON.parse(readFileSync(join(unpacked, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: unknown;
    peerDependencies?: unknown;
    exports?: Record<string, { types?: string; default?: string } | string>;
  };
  const dependencies = Object.entries(manifest.dependencies ?? {});
  const badDependencies = dependencies.filter(
    ([name, spec]) => !ALLOWED_DEPENDENCIES.includes(name) || /^(workspace|catalog|link|file):/.test(spec),
  );
  check(
    `packed dependencies are ${dependencies.map(([name, spec]) => `${name}@${spec}`).join(", ")}`,
    badDependencies.length === 0 && !manifest.devDependencies && !manifest.peerDependencies,
    `not allowed: ${JSON.stringify({ badDependencies, dev: manifest.devDependencies, peer: manifest.peerDependencies })}`,
  );
  const entries = Object.values(manifest.exports ?? {}).filter((entry) => typeof entry !== "string");
  const missing = entries
    .flatMap((entry) => [entry.types, entry.default])
    .filter((file) => !file?.startsWith("./dist/") || !existsSync(join(unpacked, file)));
  check(
    `exports point at built files (${Object.keys(manifest.exports ?? {}).join(", ")})`,
    entries.length >= 2 && missing.length === 0,
    `missing or not in dist/: ${JSON.stringify(missing)} in ${JSON.stringify(manifest.exports)}`,
  );
  const foreign = [...importedPackages(join(unpacked, "dist"))].filter(
    ([name]) => !ALLOWED_DEPENDENCIES.includes(name),
  );
  check(
    "dist/ imports no @petshop/* and no server-only package",
    foreign.length === 0,
    foreign.map(([name, files]) => `${name} (from ${files.join(", ")})`).join("\n"),
  );

  // 3. An empty project outside the repository, as another team would start one.
  const project = mkdtempSync(join(tmpdir(), "petshop-client-outside-"));
  tempDirs.push(project);
  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify({ name: "outside-script", private: true, type: "module" }, null, 2)}\n`,
  );
  writeFileSync(join(project, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  writeFileSync(join(project, "script.ts"), GOOD_SCRIPT);
  const installed = run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarballPath],
    project,
  );
  const installOk = installed.status === 0;
  if (!check(`npm install of the tarball (${installed.seconds} s)`, installOk, output(installed))) return;

  // tRPC's typescript peer comes with the install; the repository's own tsc if npm left it out.
  const ownTsc = join(project, "node_modules", "typescript", "bin", "tsc");
  const tsc = existsSync(ownTsc) ? ownTsc : createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const tscVersion = run(process.execPath, [tsc, "--version"], project).stdout.trim();

  const good = run(process.execPath, [tsc, "-p", "tsconfig.json"], project);
  check(
    `tsc (${tscVersion}) passes on a script calling client.animals.list.query({ limit: 5 }) (${good.seconds} s)`,
    good.status === 0,
    output(good),
  );

  const runtime = join(project, "runtime.mjs");
  writeFileSync(runtime, RUNTIME_SCRIPT);
  const ran = run(process.execPath, [runtime], project);
  check(
    "the built client runs in Node: one batched GET with the token, a page back, schemas validate",
    ran.status === 0 && ran.stdout.trim() === "ok",
    output(ran),
  );

  // The misspelt scripts, checked with the libraries' declarations too (skipLibCheck off): errors
  // must name the misspelt fields, and none may come from the packed client's own declarations.
  writeFileSync(join(project, "misspelt-output.ts"), MISSPELT_OUTPUT);
  writeFileSync(join(project, "misspelt-input.ts"), MISSPELT_INPUT);
  writeFileSync(
    join(project, "tsconfig.misspelt.json"),
    `${JSON.stringify(
      {
        extends: "./tsconfig.json",
        compilerOptions: { skipLibCheck: false },
        files: ["misspelt-output.ts", "misspelt-input.ts"],
      },
      null,
      2,
    )}\n`,
  );
  const bad = run(process.execPath, [tsc, "-p", "tsconfig.misspelt.json"], project);
  const errors = bad.stdout.split("\n").filter((line) => /error TS\d+/.test(line));
  check(
    "tsc fails on reading page.items[0]?.nmae (TS2339)",
    bad.status !== 0 && errors.some((line) => /^misspelt-output\.ts.*error TS2339:.*'nmae'/.test(line)),
    output(bad),
  );
  check(
    "tsc fails on passing { limt: 5 } (TS2353/TS2561)",
    errors.some((line) => /^misspelt-input\.ts.*error TS(2353|2561):.*'limt'/.test(line)),
    output(bad),
  );
  const ownErrors = errors.filter((line) => line.includes("node_modules/@petshop/client/"));
  check(
    "the packed declarations check clean with skipLibCheck off",
    ownErrors.length === 0,
    ownErrors.join("\n"),
  );
  console.log(`      (${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
}

const tempDirs: string[] = [];
try {
  main(tempDirs);
} catch (error) {
  fail("check-pack", error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
