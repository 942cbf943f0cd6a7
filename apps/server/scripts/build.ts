import { readFileSync } from "node:fs";
import { build, type Plugin } from "esbuild";

// Bundles the server, the job worker and the migration step with our workspace packages into
// dist/. Third-party packages in the server's `dependencies` stay external and load from
// node_modules: PGlite ships wasm and data files next to its code, @node-rs/argon2 is a native
// addon, pino and pg load optional parts at run time. Anything else is bundled, which is why our
// own packages are devDependencies: the image's production install (`pnpm deploy --prod`) skips them.

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  dependencies: Record<string, string>;
};
const external = new Set(
  Object.entries(manifest.dependencies)
    .filter(([, version]) => !version.startsWith("workspace:"))
    .map(([name]) => name),
);

const packageName = (specifier: string) =>
  specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : (specifier.split("/")[0] ?? "");

const keepDirectDependenciesExternal: Plugin = {
  name: "keep-direct-dependencies-external",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("node:")) return { path: args.path, external: true };
      return external.has(packageName(args.path)) ? { path: args.path, external: true } : undefined;
    });
  },
};

await build({
  // The server, the job worker for scaling jobs out beside it, and the deploy step that migrates.
  entryPoints: ["src/main.ts", "src/worker.ts", "src/migrate.ts"],
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: true,
  // pg's optional native binding; never installed.
  external: ["pg-native"],
  plugins: [keepDirectDependenciesExternal],
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: "warning",
});
console.log("Built dist/main.js, dist/worker.js and dist/migrate.js");
