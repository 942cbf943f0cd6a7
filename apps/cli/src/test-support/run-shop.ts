import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Runs the built command as a script would: `node dist/shop.js …`, with its own environment.

const SHOP = fileURLToPath(new URL("../../dist/shop.js", import.meta.url));

export interface ShopRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Every run's output, so a test can check that no output ever held the token. */
export const allOutput: string[] = [];

/** A folder with no `.env`, where the command runs unless told otherwise. */
export const emptyFolder = () => mkdtempSync(join(tmpdir(), "petshop-cli-"));

/** `node dist/shop.js ...args` with only `env` in its environment. */
export function runShop(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; stdin?: string } = {},
): Promise<ShopRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SHOP, ...args], {
      cwd: options.cwd ?? emptyFolder(),
      env: options.env ?? {},
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      allOutput.push(stdout, stderr);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? "");
  });
}
