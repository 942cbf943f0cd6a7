import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseInUseError, lockDataDir } from "./data-dir-lock";

const folder = () => mkdtempSync(join(tmpdir(), "petshop-lock-"));

describe("lockDataDir", () => {
  it("takes the lock and gives it back", () => {
    const dir = folder();
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, "petshop.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, "petshop.lock"))).toBe(false);
  });

  it("refuses while another live process holds it", async () => {
    const dir = folder();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(join(dir, "petshop.lock"), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(DatabaseInUseError);
      expect(() => lockDataDir(dir)).toThrow(`in use by process ${other.pid}`);
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that died", () => {
    const dir = folder();
    writeFileSync(join(dir, "petshop.lock"), "999999999");
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, "petshop.lock"), "utf8")).toBe(String(process.pid));
    release();
  });
});
