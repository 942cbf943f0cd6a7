import { CACHEABLE_QUERIES, type Clock, type CookieSettings, readSessionCookie } from "@petshop/api";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../hono-env";
import type { ShopMetrics } from "../metrics/shop-metrics";
import type { AnswerStore } from "./answer-store";
import type { CatalogueVersion } from "./catalogue-version";
import { acceptsEncoding } from "./content-coding";

// Caching of the public catalogue. A catalogue answer depends on the catalogue version (bumped by
// every staff write, kept in PostgreSQL), the day (age filters count from today) and whether the
// caller is signed in. That triple is the ETag, so a revalidation is answered 304 after at most
// one primary-key read, on any server instance. The same triple and the call's normalised input
// key the answers kept in memory, so a public answer asked for again is sent without running the
// procedure or its query (docs/decisions/019-answer-cache.md).

const PUBLIC = "public, max-age=30, stale-while-revalidate=300";
/** Signed-in callers: their own browser may keep the answer, but must ask again each time. */
const PRIVATE = "private, no-cache";
const NEVER = "private, no-store";

const cacheable = new Set(CACHEABLE_QUERIES);

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are one input. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The call as a cache key: procedures, batch or not, and the input; null when it will not parse. */
function callKey(path: string, batch: string | undefined, input: string | undefined): string | null {
  if (input === undefined) return `${path}|${batch ?? ""}|`;
  try {
    return `${path}|${batch ?? ""}|${canonicalJson(JSON.parse(input))}`;
  } catch {
    // The procedure answers bad JSON with 400; nothing to keep.
    return null;
  }
}

export interface CatalogueCacheOptions {
  clock: Clock;
  cookies: CookieSettings;
  version: CatalogueVersion;
  /** Where public answers are kept; null keeps none (ETags and 304s still work). */
  answers: AnswerStore | null;
  metrics: ShopMetrics | null;
}

/**
 * After any write through this process (a POST: staff edits, checkouts, uploads, payments), the
 * catalogue version is read afresh, so this process's next answers show the write at once.
 */
export function forgetVersionAfterWrites(version: CatalogueVersion) {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    if (c.req.method !== "GET" && c.req.method !== "HEAD") version.forget();
  });
}

export function catalogueCache({ clock, cookies, version, answers, metrics }: CatalogueCacheOptions) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== "GET") return next();
    const procedures = c.req.path.replace(/^\/trpc\//, "").split(",");
    // Staff views (other statuses) and scripts are never cached; nor is a batch with anything else.
    const input = c.req.query("input");
    const staffView = (input ?? "").includes('"status"');
    if (!procedures.every((p) => cacheable.has(p)) || staffView || c.req.header("authorization"))
      return next();

    // Only a session makes an answer personal; other cookies (an anonymous cart) do not.
    const audience = readSessionCookie(c.req.header("cookie") ?? null, cookies) ? "user" : "public";
    const day = clock.now().toISOString().slice(0, 10);
    let current: string;
    try {
      current = await version.current();
    } catch (error) {
      // Caching is an optimisation: without the version, answer uncached and let the procedure
      // report (and log) what is wrong with the database.
      c.get("logger").warn({ err: error }, "catalogue version unavailable; answering uncached");
      return next();
    }
    const etag = `W/"catalogue-${current}-${day}-${audience}"`;
    const cacheControl = audience === "public" ? PUBLIC : PRIVATE;
    if (matches(c.req.header("if-none-match"), etag)) {
      return c.body(null, 304, { ETag: etag, "Cache-Control": cacheControl });
    }

    // Kept answers are public ones only, in tRPC's plain JSON (a streaming client asks otherwise).
    const call =
      answers && audience === "public" && !c.req.header("trpc-accept")
        ? callKey(c.req.path, c.req.query("batch"), input)
        : null;
    const key = call === null ? null : `${etag}|${call}`;
    const kept = key === null ? undefined : answers?.get(key);
    const wantsGzip = acceptsEncoding(c.req.header("accept-encoding"), "gzip");
    if (kept) {
      metrics?.observeAnswerCache("hit");
      c.set("procedures", procedures);
      const gzipped = wantsGzip && key !== null && answers ? await answers.gzipOf(key, kept) : null;
      const body = gzipped ?? kept.json;
      return c.body(body, 200, {
        "Content-Type": "application/json",
        "Content-Length": String(body.byteLength),
        // As the procedure's own answer says (tRPC's Vary): a hit must not look different.
        Vary: "trpc-accept, accept",
        ETag: etag,
        "Cache-Control": cacheControl,
        ...(gzipped ? { "Content-Encoding": "gzip" } : {}),
      });
    }
    await next();
    // A renewed or cleared session cookie must never be stored, let alone shared.
    if (c.res.status !== 200 || c.res.headers.has("set-cookie")) {
      c.res.headers.set("Cache-Control", NEVER);
      return;
    }
    c.res.headers.set("ETag", etag);
    c.res.headers.set("Cache-Control", cacheControl);
    const type = (c.res.headers.get("content-type") ?? "").split(";")[0]?.trim();
    if (key !== null && answers && type === "application/json" && !c.res.headers.has("content-encoding")) {
      metrics?.observeAnswerCache("miss");
      const json = new Uint8Array(await c.res.arrayBuffer());
      answers.put(key, json);
      // The gzip this client wants is the one the next clients will: made once, and kept.
      const stored = wantsGzip ? answers.get(key) : undefined;
      const gzipped = stored ? await answers.gzipOf(key, stored) : null;
      c.res = new Response(gzipped ?? json, c.res);
      if (gzipped) {
        c.res.headers.set("Content-Encoding", "gzip");
        c.res.headers.set("Content-Length", String(gzipped.byteLength));
      }
    }
  });
}
