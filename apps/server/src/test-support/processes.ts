import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

// Server processes for tests: `src/main.ts` (or `src/worker.ts`) run by Node through tsx, as an
// operator would start it, with its output captured. Every process started here is killed by `killServers()` (call it
// in afterEach/afterAll) and, should the test run itself die, when this process exits.

const serverDir = fileURLToPath(new URL("../..", import.meta.url));
const running = new Set<ChildProcess>();

process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export interface ServerProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code, or null when a signal ended the process. */
  exited: Promise<number | null>;
}

/**
 * Starts `node --import tsx src/main.ts` with a minimal environment: loopback, a free port, warnings
 * only, the embedded in-memory database unless `env` says otherwise.
 */
export function startServer(
  env: Record<string, string> = {},
  script: "src/main.ts" | "src/worker.ts" = "src/main.ts",
): ServerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: serverDir,
    env: {
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "warn",
      PGLITE_DATA_DIR: "memory://",
      DATABASE_URL: "",
      ...env,
    },
  });
  running.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Waits until `server`'s stdout matches `pattern`; throws if it exits first or takes too long. */
export async function waitForOutput(
  server: ServerProcess,
  pattern: RegExp,
  timeoutMs = 90_000,
): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = pattern.exec(server.stdout());
    if (match) return match;
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(
        `exited early (${server.child.exitCode ?? server.child.signalCode}): ${server.stderr()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${pattern} within ${timeoutMs} ms: ${server.stderr()}`);
}

/** Waits until `server` says it is listening and returns its origin (tsx takes seconds to start). */
export async function serverOrigin(server: ServerProcess, timeoutMs = 90_000): Promise<string> {
  const [, origin = ""] = await waitForOutput(server, /running at (http:\/\/\S+?)\//, timeoutMs);
  return origin;
}

/** Kills every server process still running (SIGKILL) and waits until they are gone. */
export async function killServers(): Promise<void> {
  const children = [...running];
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGKILL");
        }),
    ),
  );
}

/** Resolves when `server` exits, or rejects after `timeoutMs`. */
export function exitWithin(server: ServerProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms`)), timeoutMs);
    void server.exited.then((code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
