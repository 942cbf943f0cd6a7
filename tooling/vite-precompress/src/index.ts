import { resolve } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";
import { precompressFolder } from "./precompress-folder";

export { COMPRESSIBLE_EXTENSIONS, MIN_BYTES, precompressFolder } from "./precompress-folder";

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Brotli (quality 11) and gzip (level 9) copies of the built text files, made once at build time
 * so the server sends them as they are instead of compressing every answer at a lower level.
 */
export function precompress(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: "petshop:precompress",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    // After the write, so the public folder's files (copied before rendering) and index.html are there.
    writeBundle: {
      order: "post",
      sequential: true,
      handler() {
        if (!config) return;
        const totals = precompressFolder(resolve(config.root, config.build.outDir));
        config.logger.info(
          `precompressed ${totals.files} files: ${kib(totals.rawBytes)} → gzip ${kib(totals.gzipBytes)}, brotli ${kib(totals.brotliBytes)}`,
        );
      },
    },
  };
}
