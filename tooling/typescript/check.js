#!/usr/bin/env node
// The repository's typecheck: three programs instead of one per package, so the api's sources are
// checked three times rather than eight (server code on Node's types; Node code that also sees the
// DOM; browser code), each incremental and single-threaded, run side by side: on two cores one
// thread per program beats each program's own threads fighting over them. Every package's
// tsconfig `include` must be in one of the three, or this fails. docs/decisions/014-typecheck.md.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const programs = ["server", "node-dom", "browser"];

const includesOf = (tsconfig) =>
  (JSON.parse(readFileSync(tsconfig, "utf8")).include ?? []).map((entry) =>
    resolve(dirname(tsconfig), entry),
  );

/** Every package tsconfig's includes that none of the three programs includes. */
function uncovered() {
  const covered = programs.flatMap((program) => includesOf(join(here, `tsconfig.${program}.json`)));
  const isCovered = (entry) => covered.some((path) => entry === path || entry.startsWith(`${path}/`));
  const missing = [];
  for (const group of ["apps", "packages", "tooling"]) {
    // This folder's own tsconfigs are the three programs.
    for (const name of readdirSync(join(root, group)).filter((n) => join(root, group, n) !== here)) {
      const folder = join(root, group, name);
      for (const file of readdirSync(folder).filter((f) => /^tsconfig.*\.json$/.test(f))) {
        for (const entry of includesOf(join(folder, file))) if (!isCovered(entry)) missing.push(entry);
      }
    }
  }
  return missing;
}

const run = (program) =>
  new Promise((done) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [join(here, "tsc-native.js"), "--singleThreaded", "-p", join(here, `tsconfig.${program}.json`)],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("close", (code) =>
      done({ program, code, output, seconds: (performance.now() - started) / 1000 }),
    );
  });

const missing = uncovered();
if (missing.length > 0) {
  console.error(`Not type-checked by any program in tooling/typescript:\n  ${missing.join("\n  ")}`);
  process.exit(1);
}
const started = performance.now();
const results = await Promise.all(programs.map(run));
for (const { program, code, output, seconds } of results) {
  if (output) process.stdout.write(output);
  console.log(`typecheck ${program}: ${code === 0 ? "ok" : "failed"} in ${seconds.toFixed(1)} s`);
}
console.log(`typecheck: ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = results.every((result) => result.code === 0) ? 0 : 1;
