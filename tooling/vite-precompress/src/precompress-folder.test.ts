import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { precompressFolder } from "./precompress-folder";

const script = `export const animals = [${Array.from({ length: 200 }, (_, i) => `"animal-${i}"`).join(", ")}];\n`;

function builtFolder() {
  const root = mkdtempSync(join(tmpdir(), "precompress-"));
  mkdirSync(join(root, "assets", "nested"), { recursive: true });
  writeFileSync(join(root, "assets", "main-abc.js"), script);
  writeFileSync(join(root, "assets", "nested", "style.css"), `.card{color:red}\n`.repeat(100));
  writeFileSync(join(root, "assets", "tiny.js"), "console.log(1)");
  // Skipped for its extension alone, though these bytes would shrink.
  writeFileSync(join(root, "assets", "font.woff2"), Buffer.alloc(4096, 7));
  writeFileSync(join(root, "noise.txt"), randomBytes(2048));
  return root;
}

describe("precompressFolder", () => {
  const root = builtFolder();
  const totals = precompressFolder(root);

  it("writes brotli and gzip copies that decompress to the original, in nested folders too", () => {
    for (const file of ["assets/main-abc.js", "assets/nested/style.css"]) {
      const original = readFileSync(join(root, file));
      expect(brotliDecompressSync(readFileSync(join(root, `${file}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(join(root, `${file}.gz`)))).toEqual(original);
      expect(readFileSync(join(root, `${file}.br`)).length).toBeLessThan(original.length);
    }
  });

  it("skips small files and formats that are compressed already", () => {
    for (const file of ["assets/tiny.js", "assets/font.woff2"]) {
      expect(existsSync(join(root, `${file}.br`))).toBe(false);
      expect(existsSync(join(root, `${file}.gz`))).toBe(false);
    }
  });

  it("writes no copy that would be larger than the file", () => {
    expect(existsSync(join(root, "noise.txt.br"))).toBe(false);
    expect(existsSync(join(root, "noise.txt.gz"))).toBe(false);
  });

  it("counts what it compressed", () => {
    expect(totals.files).toBe(3);
    expect(totals.brotliBytes).toBeLessThan(totals.gzipBytes);
    expect(totals.gzipBytes).toBeLessThan(totals.rawBytes);
  });
});
