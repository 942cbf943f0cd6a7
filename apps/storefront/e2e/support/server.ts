import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { findWorkspaceRoot } from "@petshop/config";

export interface RunningServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** A port nobody listens on right now, so the server's PUBLIC_URL (links in mail) can name it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built server (`apps/server/dist/main.js`) on a free port with a fresh in-memory
 * database, which it migrates and seeds, and resolves with its URL once it listens.
 */
export async function startBuiltServer(): Promise<RunningServer> {
  const root = findWorkspaceRoot(process.cwd());
  const main = join(root, "apps/server/dist/main.js");
  for (const built of [main, join(root, "apps/storefront/dist/index.html")]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run pnpm build first`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      HOST: "127.0.0.1",
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      PGLITE_DATA_DIR: "memory://",
      // Empty means unset, even if a developer's .env names a real database or a mail server.
      DATABASE_URL: "",
      SMTP_URL: "",
      // Info, so mail (written to the log without SMTP) shows up in the output.
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/[^/\s]+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
