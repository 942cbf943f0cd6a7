import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Io } from "./io";
import { run } from "./program";

// The command line itself, without a shop: help, usage errors and their exit codes.

function capture(): { io: Io; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const say = (line: string) => void stderr.write(`${line}\n`);
  return { io: { stdout, stderr, say }, out: () => out, err: () => err };
}

const COMMANDS = [
  [],
  ["whoami"],
  ["animals"],
  ["animals", "import"],
  ["animals", "export"],
  ["orders"],
  ["orders", "export"],
  ["orders", "fulfil"],
  ["report"],
  ["report", "sales"],
  ["report", "low-stock"],
];

describe("shop --help", () => {
  for (const command of COMMANDS) {
    it(`shows an example for "shop ${command.join(" ")}" and exits 0`, async () => {
      const { io, out } = capture();
      expect(await run([...command, "--help"], io, "/nonexistent")).toBe(0);
      expect(out()).toMatch(/Usage: shop/);
      expect(out()).toMatch(/Examples?:\n {2}\$ (SHOP_API_\S+ )*shop /);
    });
  }
});

describe("usage errors", () => {
  it("are exit 2 with one line, before anything connects", async () => {
    for (const argv of [["animals", "import"], ["report", "sales", "--to", "2026-01-01"], ["frobnicate"]]) {
      const { io, out, err } = capture();
      expect(await run(argv, io, "/nonexistent")).toBe(2);
      expect(out()).toBe("");
      expect(err()).toMatch(/^error: .+\n/);
    }
  });

  it("asks for the shop's address when none is set", async () => {
    const { io, err } = capture();
    expect(await run(["whoami", "--token", "pst_x"], io, "/nonexistent")).toBe(2);
    expect(err()).toBe(
      "shop: No shop to talk to: pass --url or set SHOP_API_URL (e.g. http://127.0.0.1:3000).\n",
    );
  });
});
