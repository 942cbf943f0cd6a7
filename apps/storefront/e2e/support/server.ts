import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { findWorkspaceRoot } from "@petshop/config";

export interface RunningServer {
  url: string;
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

async function isReady(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/readyz`)).ok;
  } catch {
    return false;
  }
}

/**
 * Starts the built server (`apps/server/dist/main.js`) on a free port with a fresh in-memory
 * database, which it migrates and seeds, and resolves with its URL once it is ready. Its output
 * goes to `logFile`, where tests find the mail it "sends" (written to the log without SMTP).
 */
export async function startBuiltServer(logFile: string): Promise<RunningServer> {
  const root = findWorkspaceRoot(process.cwd());
  const main = join(root, "apps/server/dist/main.js");
  for (const built of [main, join(root, "apps/storefront/dist/index.html")]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run pnpm build first`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, "w");
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      HOST: "127.0.0.1",
      PORT: String(port),
      PUBLIC_URL: url,
      PGLITE_DATA_DIR: "memory://",
      // Empty means unset, even if a developer's .env names a real database or a mail server.
      DATABASE_URL: "",
      SMTP_URL: "",
      // Info, so mail (written to the log without SMTP) shows up in the output.
      LOG_LEVEL: "info",
      // Every test registers its own customer and fills its own carts, all from 127.0.0.1: the
      // per-address limits meant for strangers would refuse the run halfway through.
      RATE_LIMIT_REGISTRATIONS: "10000",
      RATE_LIMIT_ANONYMOUS_CARTS: "10000",
      RATE_LIMIT_PASSWORD_RESETS: "10000",
    },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const output = () => readFileSync(logFile, "utf8");
  const deadline = Date.now() + 60_000;
  while (!(await isReady(url))) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`server did not start:\n${output()}`);
    }
    await sleep(200);
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        // SIGINT, not SIGTERM: no load balancer to tell, so the server may skip its drain.
        child.kill("SIGINT");
      }),
  };
}
