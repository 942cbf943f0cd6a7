import {
  CACHEABLE_QUERIES,
  type Clock,
  type CookieSettings,
  readCatalogueVersion,
  readSessionCookie,
} from "@petshop/api";
import type { Database } from "@petshop/db";
import { createMiddleware } from "hono/factory";
import type { Kysely } from "kysely";
import type { AppEnv } from "../hono-env";

// HTTP caching of the public catalogue. A catalogue answer depends on the catalogue version (bumped
// by every staff write, kept in PostgreSQL), the day (age filters count from today) and whether the
// caller is signed in. That triple is the ETag, so a revalidation is answered 304 after one
// primary-key read, without running the catalogue query, on any server instance.

const PUBLIC = "public, max-age=30, stale-while-revalidate=300";
/** Signed-in callers: their own browser may keep the answer, but must ask again each time. */
const PRIVATE = "private, no-cache";
const NEVER = "private, no-store";

const cacheable = new Set(CACHEABLE_QUERIES);

/** How long one process reuses the version it read; a second of 304s after a write is acceptable. */
const VERSION_TTL_MS = 1_000;

/**
 * The catalogue version, read at most once a second per process (one read in flight at a time).
 * Reading it before the catalogue query means a stale value can only label fresh content with an
 * older version, which makes clients fetch again later, never keep stale content.
 */
export function cachedCatalogueVersion(db: Kysely<Database>, clock: Clock, ttlMs = VERSION_TTL_MS) {
  let value: { version: string; readAt: number } | undefined;
  let inFlight: Promise<string> | undefined;
  return async (): Promise<string> => {
    const now = clock.now().getTime();
    if (value && now - value.readAt < ttlMs) return value.version;
    inFlight ??= readCatalogueVersion(db)
      .then((version) => {
        value = { version, readAt: now };
        return version;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

export function catalogueCache(db: Kysely<Database>, clock: Clock, cookies: CookieSettings) {
  const currentVersion = cachedCatalogueVersion(db, clock);
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== "GET") return next();
    const procedures = c.req.path.replace(/^\/trpc\//, "").split(",");
    // Staff views (other statuses) and scripts are never cached; nor is a batch with anything else.
    const staffView = (c.req.query("input") ?? "").includes('"status"');
    if (!procedures.every((p) => cacheable.has(p)) || staffView || c.req.header("authorization"))
      return next();

    // Only a session makes an answer personal; other cookies (an anonymous cart) do not.
    const audience = readSessionCookie(c.req.header("cookie") ?? null, cookies) ? "user" : "public";
    const day = clock.now().toISOString().slice(0, 10);
    let version: string;
    try {
      version = await currentVersion();
    } catch (error) {
      // Caching is an optimisation: without the version, answer uncached and let the procedure
      // report (and log) what is wrong with the database.
      c.get("logger").warn({ err: error }, "catalogue version unavailable; answering uncached");
      return next();
    }
    const etag = `W/"catalogue-${version}-${day}-${audience}"`;
    const cacheControl = audience === "public" ? PUBLIC : PRIVATE;
    if (matches(c.req.header("if-none-match"), etag)) {
      return c.body(null, 304, { ETag: etag, "Cache-Control": cacheControl });
    }
    await next();
    // A renewed or cleared session cookie must never be stored, let alone shared.
    if (c.res.status !== 200 || c.res.headers.has("set-cookie")) {
      c.res.headers.set("Cache-Control", NEVER);
      return;
    }
    c.res.headers.set("ETag", etag);
    c.res.headers.set("Cache-Control", cacheControl);
  });
}
