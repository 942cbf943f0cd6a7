import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// PGlite is PostgreSQL in one process with no postmaster to arbitrate: two processes opening the
// same data folder corrupt it. A lock file naming the owner's pid keeps a second server, or a
// `pnpm db:*` command run while the server is up, out.

/** The embedded database is already open in another live process. */
export class DatabaseInUseError extends Error {
  override name = "DatabaseInUseError";
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the folder's lock for this process; returns the function that gives it back. */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, "petshop.lock");
  const mine = String(process.pid);
  try {
    writeFileSync(path, mine, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const owner = Number(readFileSync(path, "utf8").trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
      throw new DatabaseInUseError(
        `The embedded database at ${dataDir} is in use by process ${owner}; stop that process first.`,
      );
    }
    // Left behind by a process that died: take it over.
    writeFileSync(path, mine);
  }
  const release = () => {
    process.off("exit", release);
    try {
      if (readFileSync(path, "utf8") === mine) unlinkSync(path);
    } catch {
      // Already gone.
    }
  };
  process.on("exit", release);
  return release;
}
