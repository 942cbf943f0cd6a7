import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// Vitest global set-up: the tests run the real built command, so build it once per run.
export default function buildOnce() {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    stdio: "inherit",
  });
}
