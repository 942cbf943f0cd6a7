import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/**
 * Text formats that shrink. Fonts (woff2) and pictures (png, jpg, webp, avif) are compressed
 * already: a second pass costs build time and saves nothing.
 */
export const COMPRESSIBLE_EXTENSIONS: ReadonlySet<string> = new Set([
  ".js",
  ".mjs",
  ".css",
  ".html",
  ".svg",
  ".json",
  ".txt",
  ".xml",
  ".webmanifest",
  ".map",
]);

/** Below about one packet the answer costs the same round trip compressed or not. */
export const MIN_BYTES = 1024;

export interface PrecompressTotals {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

const brotli = (data: Buffer) =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });

const gzip = (data: Buffer) => gzipSync(data, { level: constants.Z_BEST_COMPRESSION });

function* filesUnder(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Writes `name.br` and `name.gz` beside every compressible file of at least MIN_BYTES under
 * `folder`. A copy that would not be smaller is not written, so the server never prefers a
 * larger answer.
 */
export function precompressFolder(folder: string): PrecompressTotals {
  const totals: PrecompressTotals = { files: 0, rawBytes: 0, gzipBytes: 0, brotliBytes: 0 };
  // Listed in full first, so the copies written along the way are never taken for inputs.
  for (const path of [...filesUnder(folder)]) {
    if (!COMPRESSIBLE_EXTENSIONS.has(extname(path))) continue;
    const data = readFileSync(path);
    if (data.length < MIN_BYTES) continue;
    const copies = { br: brotli(data), gz: gzip(data) };
    totals.files += 1;
    totals.rawBytes += data.length;
    totals.gzipBytes += Math.min(copies.gz.length, data.length);
    totals.brotliBytes += Math.min(copies.br.length, data.length);
    for (const [suffix, bytes] of Object.entries(copies)) {
      if (bytes.length < data.length) writeFileSync(`${path}.${suffix}`, bytes);
    }
  }
  return totals;
}
