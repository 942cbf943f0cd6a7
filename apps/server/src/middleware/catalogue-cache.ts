import { type Clock, type CookieSettings, readSessionCookie } from "@petshop/api";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../hono-env";
import type { ShopMetrics } from "../metrics/shop-metrics";
import { type CatalogueAnswer, type CatalogueCall, catalogueCallOf } from "../routes/catalogue-reads";
import { TRPC_ENDPOINT } from "../routes/trpc";
import type { AnswerStore } from "./answer-store";
import type { CatalogueVersion } from "./catalogue-version";
import { gzipWhenWorthIt } from "./compress-api";
import { acceptsEncoding } from "./content-coding";
import { completeAnswer } from "./house-headers";

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
/** As the procedure's own answer says (tRPC's Vary), and compression's: a hit must not look different. */
const KEPT_VARY = "trpc-accept, accept, Accept-Encoding";

const utf8 = new TextEncoder();

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
function callKey({ paths, batch, input }: CatalogueCall): string | null {
  const head = `${paths.join(",")}|${batch ? "1" : ""}|`;
  if (input === undefined) return head;
  try {
    return head + canonicalJson(JSON.parse(input));
  } catch {
    // The procedure answers bad JSON with 400; nothing to keep.
    return null;
  }
}

/** Runs the call's procedures in-process (routes/catalogue-reads.ts); null leaves it to the adapter. */
export type CatalogueReader = (c: Context<AppEnv>, call: CatalogueCall) => Promise<CatalogueAnswer | null>;

export interface CatalogueCacheOptions {
  clock: Clock;
  cookies: CookieSettings;
  version: CatalogueVersion;
  /** Where public answers are kept; null keeps none (ETags and 304s still work). */
  answers: AnswerStore | null;
  metrics: ShopMetrics | null;
  /** Where a miss is answered; null sends every miss on to the route (the fetch adapter). */
  read: CatalogueReader | null;
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

export function catalogueCache(options: CatalogueCacheOptions) {
  const { clock, cookies, version, answers, metrics, read } = options;
  /** The public ETag the kept answers were made under. */
  let keptFor: string | null = null;
  return createMiddleware<AppEnv>(async (c, next) => {
    const call = catalogueCallOf(c, TRPC_ENDPOINT);
    // Staff views (other statuses) and scripts are never cached; nor is a batch with anything else.
    const staffView = (call?.input ?? "").includes('"status"');
    if (!call || staffView || c.req.header("authorization")) return next();

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
      return completeAnswer(c, null, 304, { etag, "cache-control": cacheControl, vary: KEPT_VARY });
    }

    // Kept answers are public ones only, in tRPC's plain JSON (a streaming client asks otherwise).
    const streaming = c.req.header("trpc-accept") !== undefined;
    // Every kept answer's key holds the public ETag: once it moves on (a write, a new day), none
    // can be asked for again, so they go at once rather than when the LRU bound reaches them.
    if (answers && audience === "public" && etag !== keptFor) {
      answers.clear();
      keptFor = etag;
    }
    const keyed = answers && audience === "public" && !streaming ? callKey(call) : null;
    const key = keyed === null ? null : `${etag}|${keyed}`;
    const kept = key === null ? undefined : answers?.get(key);
    const wantsGzip = acceptsEncoding(c.req.header("accept-encoding"), "gzip");
    const answerWith = (json: Uint8Array<ArrayBuffer>, gzipped: Uint8Array<ArrayBuffer> | null) =>
      completeAnswer(c, gzipped ?? json, 200, {
        "content-type": "application/json",
        "content-length": String((gzipped ?? json).byteLength),
        vary: KEPT_VARY,
        etag,
        "cache-control": cacheControl,
        ...(gzipped ? { "content-encoding": "gzip" } : {}),
      });
    if (kept && key !== null && answers) {
      metrics?.observeAnswerCache("hit");
      c.set("procedures", call.paths);
      // A kept answer is a public one: no session, no token.
      c.set("userId", null);
      return answerWith(kept.json, wantsGzip ? await answers.gzipOf(key, kept) : null);
    }

    const answer = read && !streaming ? await read(c, call) : null;
    if (answer && !(answer.headers instanceof Headers)) {
      // The procedures' own answer, whole: kept if it may be, and sent in the encoding asked for.
      if (answer.status !== 200) {
        return completeAnswer(c, answer.json, answer.status, {
          ...answer.headers,
          vary: KEPT_VARY,
          "cache-control": NEVER,
        });
      }
      const json = utf8.encode(answer.json);
      if (key !== null && answers) {
        metrics?.observeAnswerCache("miss");
        answers.put(key, json);
      }
      if (!wantsGzip) return answerWith(json, null);
      // The gzip this client wants is the one the next clients will: made once, and kept (unless
      // the answer was too large to keep).
      const stored = key !== null ? answers?.get(key) : undefined;
      const gzipped =
        key !== null && stored && answers ? await answers.gzipOf(key, stored) : await gzipWhenWorthIt(json);
      return answerWith(json, gzipped);
    }
    // Answers that set headers of their own (a cleared session cookie) go out as they are.
    const res = answer ? new Response(answer.json, { status: answer.status, headers: answer.headers }) : null;
    if (res) c.res = res;
    else await next();
    await finishRoutedAnswer(c, { etag, cacheControl, key, answers, metrics, wantsGzip });
  });
}

/** What a miss answered by the route (or with headers of its own) still needs: its cache headers, and keeping. */
async function finishRoutedAnswer(
  c: Context<AppEnv>,
  miss: {
    etag: string;
    cacheControl: string;
    key: string | null;
    answers: AnswerStore | null;
    metrics: ShopMetrics | null;
    wantsGzip: boolean;
  },
) {
  const { etag, cacheControl, key, answers, metrics, wantsGzip } = miss;
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
    const stored = wantsGzip ? answers.get(key) : undefined;
    const gzipped = stored ? await answers.gzipOf(key, stored) : null;
    c.res = new Response(gzipped ?? json, c.res);
    if (gzipped) {
      c.res.headers.set("Content-Encoding", "gzip");
      c.res.headers.set("Content-Length", String(gzipped.byteLength));
    }
  }
}
