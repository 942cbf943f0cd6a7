import { type Clock, readCatalogueVersion } from "@petshop/api";
import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";

/** How long one process reuses the version it read; a second of old answers after a write is acceptable. */
export const VERSION_TTL_MS = 1_000;

export interface CatalogueVersion {
  /** The version, read at most once per TTL (one read in flight at a time). */
  current(): Promise<string>;
  /** Drops what this process knows: the next `current()` reads the database again. */
  forget(): void;
}

/**
 * The catalogue version, remembered for `ttlMs` per process. Reading it before the catalogue query
 * means a stale value can only label fresh content with an older version, which makes clients
 * fetch again later, never keep stale content. A write made through this process calls `forget()`
 * once it has committed, so this process answers with its change at once; other processes see it
 * within `ttlMs`.
 */
export function catalogueVersion(
  db: Kysely<Database>,
  clock: Clock,
  ttlMs = VERSION_TTL_MS,
): CatalogueVersion {
  let value: { version: string; readAt: number } | undefined;
  let inFlight: Promise<string> | undefined;
  // A read that began before a forget() may return the version from before the write: it must
  // not be remembered.
  let generation = 0;
  return {
    async current() {
      const now = clock.now().getTime();
      if (value && now - value.readAt < ttlMs) return value.version;
      if (inFlight) return inFlight;
      const started = generation;
      const read = readCatalogueVersion(db)
        .then((version) => {
          if (started === generation) value = { version, readAt: now };
          return version;
        })
        .finally(() => {
          if (inFlight === read) inFlight = undefined;
        });
      inFlight = read;
      return read;
    },
    forget() {
      generation++;
      value = undefined;
      inFlight = undefined;
    },
  };
}
