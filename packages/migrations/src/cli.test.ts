import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { migrations } from "./migrations";

// The db:* commands as a person runs them, on an embedded database in a temporary folder.

const packageDir = fileURLToPath(new URL("..", import.meta.url));

function cli(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: packageDir,
    env: { DATABASE_URL: "", ...env },
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("the db CLI", () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), "petshop-cli-")), "pglite");
  const env = { PGLITE_DATA_DIR: dataDir };
  const names = Object.keys(migrations);

  it("migrates, then has nothing to do", () => {
    const first = cli(["migrate"], env);
    expect(first.code).toBe(0);
    expect(first.out).toContain(`Applied: ${names.join(", ")}`);
    expect(cli(["migrate"], env).out).toContain("Already up to date.");
  });

  it("shows status, seeds once, rolls back and resets", () => {
    expect(cli(["status"], env).out).toMatch(new RegExp(`\\d{4}-\\d\\d-\\d\\dT.*${names.at(-1)}`));
    expect(cli(["seed"], env).out).toMatch(/Seeded \d+ animals\./);
    expect(cli(["seed"], env).out).toContain("Seeded 0 animals.");
    expect(cli(["rollback"], env).out).toContain(`Reverted: ${names.at(-1)}`);
    expect(cli(["reset"], env).out).toMatch(
      new RegExp(`Reset: applied ${names.length} migrations, seeded \\d+ animals\\.`),
    );
  }, 60_000);

  it("seeds order history on the listings there, and checks the count", () => {
    expect(cli(["seed", "--orders", "30"], env).out).toContain("Seeded 30 orders.");
    const refused = cli(["seed", "--orders", "0"], env);
    expect(refused.code).toBe(2);
    expect(refused.err.trim()).toBe("--orders takes a whole number from 1 to 1000000.");
  }, 60_000);

  it("explains its usage for an unknown command", () => {
    const run = cli(["explode"], env);
    expect(run.code).toBe(2);
    expect(run.err).toContain("Usage: pnpm db:<command>");
  });

  it("asks for --yes before dropping tables on PostgreSQL", () => {
    const run = cli(["reset"], { DATABASE_URL: "postgres://nobody@127.0.0.1:1/shop" });
    expect(run.code).toBe(1);
    expect(run.err.trim()).toBe("db:reset drops tables on 127.0.0.1:1. Run it again with --yes to go ahead.");
  });

  it("names an unreachable database in one line", () => {
    const run = cli(["migrate"], { DATABASE_URL: "postgres://nobody@127.0.0.1:1/shop" });
    expect(run.code).toBe(1);
    expect(run.err.trim()).toBe("Cannot reach PostgreSQL at 127.0.0.1:1/shop: connection refused.");
  });
});
