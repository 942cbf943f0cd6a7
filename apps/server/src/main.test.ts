import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { killServers, serverOrigin, startServer } from "./test-support/processes";

// main.ts as a process: what a person sees when start-up fails, and a clean stop.
// (Several processes on PostgreSQL, and faults under load: src/faults/.)

afterEach(killServers);

const serverDir = resolve(import.meta.dirname, "..");

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

describe("the server process", () => {
  it("stops with one line and exit code 1 on a malformed DATABASE_URL", async () => {
    const run = startServer({ DATABASE_URL: "postgres//nope" });
    expect(await run.exited).toBe(1);
    expect(run.stderr().trim()).toBe(
      "Invalid configuration: DATABASE_URL: must be a URL like postgres://user:password@host:5432/database",
    );
  });

  it("stops with one line and exit code 1 when the database is unreachable", async () => {
    const run = startServer({ DATABASE_URL: "postgres://shop:secret@127.0.0.1:1/shop" });
    expect(await run.exited).toBe(1);
    expect(run.stderr().trim()).toBe("Cannot reach PostgreSQL at 127.0.0.1:1/shop: connection refused.");
  });

  it("stops with one line and exit code 1 when the port is taken", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const run = startServer({ PORT: String(port) });
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
    const first = startServer({ PGLITE_DATA_DIR: dataDir });
    await serverOrigin(first);
    const second = startServer({ PGLITE_DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(second.stderr().trim()).toMatch(
      /^The embedded database at .* is in use by process \d+; stop that process first\.$/,
    );
    // Ctrl-C at a terminal: no load balancer to wait for, so no drain delay; still a clean exit.
    first.child.kill("SIGINT");
    expect(await first.exited).toBe(0);
  });

  it("with MIGRATE_ON_START=false leaves the schema to the deploy step, and is not ready until it has run", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "petshop-main-")), "pglite");
    const settings = { PGLITE_DATA_DIR: dataDir, MIGRATE_ON_START: "false" };
    const before = startServer(settings);
    const unready = await fetch(`${await serverOrigin(before)}/readyz`);
    expect(unready.status).toBe(503);
    expect(((await unready.json()) as { problem: string }).problem).toMatch(/^pending migrations: 0001/);
    before.child.kill("SIGINT");
    expect(await before.exited).toBe(0);

    // The deploy step (dist/migrate.js in production), on the same database.
    const migrate = spawnSync(process.execPath, ["--import", "tsx", "src/migrate.ts"], {
      cwd: serverDir,
      env: { PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" },
      encoding: "utf8",
    });
    expect(migrate.status, migrate.stderr).toBe(0);
    expect(migrate.stdout).toMatch(/^Applied 0001_/);

    const after = startServer(settings);
    expect((await fetch(`${await serverOrigin(after)}/readyz`)).status).toBe(200);
    after.child.kill("SIGINT");
    expect(await after.exited).toBe(0);
  });

  it("serves Prometheus metrics on METRICS_PORT, and not beside the shop", async () => {
    const metricsPort = await freePort();
    const run = startServer({ METRICS_PORT: String(metricsPort) });
    const url = await serverOrigin(run);
    const list = encodeURIComponent(JSON.stringify({ limit: 1 }));
    expect((await fetch(`${url}/trpc/animals.list?input=${list}`)).status).toBe(200);

    const scrape = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await scrape.text();
    expect(text).toContain(
      'petshop_procedure_duration_seconds_count{procedure="animals.list",type="query",outcome="ok"} 1',
    );
    expect(text).toMatch(/^petshop_process_resident_memory_bytes \d+/m);
    expect(await (await fetch(`${url}/metrics`)).text()).not.toContain("petshop_");
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
  });

  it("serves, then stops cleanly on SIGTERM", async () => {
    const run = startServer({});
    const url = await serverOrigin(run);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(run.stdout()).toContain("Demo admin (embedded database only): admin@petshop.localhost");
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });
});
