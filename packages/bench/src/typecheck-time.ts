import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// How long `pnpm typecheck` takes: cold (turbo's cache ignored), then after a one-line change in a
// router, the edit a developer makes most. Prints both with turbo's own timing; the router file is
// restored whatever happens.

const root = fileURLToPath(new URL("../../..", import.meta.url));
const router = "packages/api/src/domains/animals/router.ts";

function typecheck(args: string[]): { seconds: number; ran: number } {
  const output = execFileSync("npx", ["-y", "pnpm@10.34.9", "turbo", "run", "typecheck", ...args], {
    cwd: root,
    encoding: "utf8",
  });
  const time = /Time:\s+([\d.]+)(ms|s)/.exec(output);
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  if (!time?.[1] || !cached?.[1] || !cached[2]) throw new Error(`turbo said nothing of its time:\n${output}`);
  const seconds = Number(time[1]) / (time[2] === "ms" ? 1000 : 1);
  return { seconds, ran: Number(cached[2]) - Number(cached[1]) };
}

const cold = typecheck(["--force"]);
const original = readFileSync(`${root}/${router}`, "utf8");
let changed: { seconds: number; ran: number };
try {
  appendFileSync(`${root}/${router}`, `// typecheck-time probe ${Date.now()}\n`);
  changed = typecheck([]);
} finally {
  writeFileSync(`${root}/${router}`, original);
}
console.log(`typecheck cold: ${cold.seconds.toFixed(1)} s (${cold.ran} packages checked)`);
console.log(
  `typecheck after a one-line change in ${router}: ${changed.seconds.toFixed(1)} s (${changed.ran} packages re-checked)`,
);
