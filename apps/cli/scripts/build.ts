import { build } from "esbuild";

// Bundles the command, its libraries and the typed client into one file, dist/shop.js, that runs
// with plain `node` anywhere: nothing to install beside it.

const result = await build({
  entryPoints: { shop: "src/main.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  minify: true,
  // Bundled CommonJS libraries (cli-table3, cli-progress) call require() for Node built-ins.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: "warning",
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`Built dist/shop.js (${Math.round(bytes / 1024)} KiB)`);
