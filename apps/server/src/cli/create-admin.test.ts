import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// `pnpm users:create-admin` as a person runs it, on an embedded database in a temporary folder.

const serverDir = fileURLToPath(new URL("../..", import.meta.url));

function createAdmin(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/create-admin.ts", ...args], {
    cwd: serverDir,
    env: { DATABASE_URL: "", ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { code: run.status, out: run.stdout.trim(), err: run.stderr.trim() };
}

describe("users:create-admin", () => {
  const env = { PGLITE_DATA_DIR: join(mkdtempSync(join(tmpdir(), "petshop-admin-")), "db") };

  it("creates an admin, then promotes without touching the password", () => {
    const first = createAdmin(["--email", " Ops@Shop.Example "], {
      ...env,
      ADMIN_PASSWORD: "a very good admin pass",
    });
    expect(first).toMatchObject({ code: 0, out: "Created admin ops@shop.example." });
    expect(createAdmin(["--email", "ops@shop.example"], env)).toMatchObject({
      code: 0,
      out: "ops@shop.example is now an admin.",
    });
  }, 60_000);

  it("refuses a weak password, a missing terminal and a missing email, each in one line", () => {
    expect(createAdmin(["--email", "a@shop.example"], { ...env, ADMIN_PASSWORD: "password1" })).toMatchObject(
      {
        code: 1,
        err: "Password: this password is too common.",
      },
    );
    expect(createAdmin(["--email", "b@shop.example"], env)).toMatchObject({
      code: 1,
      err: "No terminal to ask for the password; set ADMIN_PASSWORD.",
    });
    expect(createAdmin([], env).code).toBe(2);
  }, 60_000);
});
