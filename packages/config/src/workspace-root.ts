import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The nearest folder at or above `from` holding `pnpm-workspace.yaml`, else `from` itself.
 * Relative paths in the config resolve against it, so the server, the migration CLI and the tests
 * all mean the same `.data/pglite` whichever package folder they were started in.
 */
export function findWorkspaceRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}
