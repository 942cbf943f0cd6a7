import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

// main.ts as a process: what a person sees when start-up fails, and a clean stop.

const serverDir = fileURLToPath(new URL("..", import.meta.url));
const children: ChildProcess[] = [];

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function startMain(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
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
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function listening(run: Run): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const match = /running at (http:\/\/\S+?)\//.exec(run.stdout());
    if (match?.[1]) return match[1];
    if (run.child.exitCode !== null) throw new Error(`exited early: ${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("did not start");
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

describe("the server process", () => {
  it("stops with one line and exit code 1 on a malformed DATABASE_URL", async () => {
    const run = startMain({ DATABASE_URL: "postgres//nope" });
    expect(await run.exited).toBe(1);
    expect(run.stderr().trim()).toBe(
      "Invalid configuration: DATABASE_URL: must be a URL like postgres://user:password@host:5432/database",
    );
  });

  it("stops with one line and exit code 1 when the database is unreachable", async () => {
    const run = startMain({ DATABASE_URL: "postgres://shop:secret@127.0.0.1:1/shop" });
    expect(await run.exited).toBe(1);
    expect(run.stderr().trim()).toBe("Cannot reach PostgreSQL at 127.0.0.1:1/shop: connection refused.");
  });

  it("stops with one line and exit code 1 when the port is taken", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const run = startMain({ PORT: String(port) });
      expect(await run.exited).toBe(1);
      expect(run.stderr().trim()).toBe(
        "Cannot listen: the port is already in use (set PORT to another one).",
      );
    } finally {
      blocker.close();
    }
  });

  it("refuses to open an embedded database another server has open", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "petshop-main-")), "pglite");
    const first = startMain({ PGLITE_DATA_DIR: dataDir });
    await listening(first);
    const second = startMain({ PGLITE_DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(second.stderr().trim()).toMatch(
      /^The embedded database at .* is in use by process \d+; stop that process first\.$/,
    );
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
  });

  it("serves, then stops cleanly on SIGTERM", async () => {
    const run = startMain({});
    const url = await listening(run);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(run.stdout()).toContain("Demo admin (embedded database only): admin@petshop.localhost");
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });
});
