import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// How long `pnpm typecheck` takes: cold (no incremental state), then after a one-line change in a
// router, the edit a developer makes most. Prints both; the router file is restored whatever
// happens. docs/decisions/014-typecheck.md has the figures before and after.

const root = fileURLToPath(new URL("../../..", import.meta.url));
const router = "packages/api/src/domains/animals/router.ts";

function typecheck(): number {
  const started = performance.now();
  execFileSync(process.execPath, ["tooling/typescript/check.js"], { cwd: root, stdio: "ignore" });
  return (performance.now() - started) / 1000;
}

rmSync(`${root}/tooling/typescript/.cache`, { recursive: true, force: true });
const cold = typecheck();
const warm = typecheck();
const original = readFileSync(`${root}/${router}`, "utf8");
let changed: number;
try {
  appendFileSync(`${root}/${router}`, `export const typecheckProbe = ${Date.now()};\n`);
  changed = typecheck();
} finally {
  writeFileSync(`${root}/${router}`, original);
}
console.log(`typecheck cold: ${cold.toFixed(1)} s`);
console.log(`typecheck again, nothing changed: ${warm.toFixed(1)} s`);
console.log(`typecheck after a one-line change in ${router}: ${changed.toFixed(1)} s`);
