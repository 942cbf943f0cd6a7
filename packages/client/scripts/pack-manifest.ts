/**
 * `prepack` / `postpack`: the package.json that goes into the tarball.
 *
 * pnpm rewrites `exports`, `main` and `types` from `publishConfig` by itself, but it cannot pack a
 * `workspace:*` dependency on a package without a version (@petshop/api), and the packed client
 * must not depend on it anyway: its code and types are bundled into dist/. So `swap` writes a
 * package.json whose dependencies are exactly the packages dist/ imports (each must be one of ours),
 * without dev or peer dependencies and scripts, and keeps the workspace's file; `restore` puts it
 * back. A pack that died between the two is repaired by the next `swap`.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importedPackages } from "./imports";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = join(root, "package.json");
const keptPath = join(root, "node_modules", ".cache", "pack-manifest", "package.json");

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  [field: string]: unknown;
}

function restore(): void {
  if (!existsSync(keptPath)) return;
  copyFileSync(keptPath, manifestPath);
  rmSync(keptPath);
}

function swap(): void {
  restore();
  const text = readFileSync(manifestPath, "utf8");
  const workspace = JSON.parse(text) as Manifest;
  const { devDependencies: _dev, peerDependencies: _peer, scripts: _scripts, ...manifest } = workspace;
  const imported = [...importedPackages(join(root, "dist"))].sort(([a], [b]) => a.localeCompare(b));
  const dependencies: Record<string, string> = {};
  for (const [name, files] of imported) {
    const spec = manifest.dependencies?.[name];
    if (spec === undefined || spec.startsWith("workspace:")) {
      throw new Error(
        `dist/${files[0]} imports "${name}", which the packed client cannot depend on: bundle it or keep it out of the public types (tsdown.config.ts).`,
      );
    }
    dependencies[name] = spec;
  }
  mkdirSync(dirname(keptPath), { recursive: true });
  writeFileSync(keptPath, text);
  writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, dependencies }, null, 2)}\n`);
}

const command = process.argv[2];
if (command === "swap") swap();
else if (command === "restore") restore();
else throw new Error(`usage: tsx scripts/pack-manifest.ts swap|restore (got ${command})`);
