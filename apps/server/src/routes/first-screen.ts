import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { context, propagation, type TextMapSetter } from "@opentelemetry/api";
import { FIRST_SCREEN_ELEMENT_ID, FIRST_SCREEN_MODULE } from "@petshop/client/first-screen";
import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../hono-env";
import { acceptsEncoding, varyOnAcceptEncoding } from "../middleware/content-coding";

// A storefront page sent with its first screen's data (docs/decisions/026-first-screen-data.md):
// the storefront's build includes a module that runs the page's route loaders against the API; here
// they reach the API in this process, as the visitor (their cookie, their address), and the page
// carries the answers, and preload links for the first pictures and for the page's own code (a page
// that loads on first visit, found in the build's Vite manifest). The browser skips those round trips.

const gzipAsync = promisify(gzip);

/** How long a page waits for its first screen; later, it is sent without (the browser then asks). */
export const FIRST_SCREEN_BUDGET_MS = 500;
/** Pictures worth a preload link: the first screen's, not every card's. */
const MAX_PRELOADED_IMAGES = 3;

/** Sends a request to this server's own app, from inside the page's request. */
export type ServeInProcess = (request: Request, page: Context<AppEnv>) => Response | Promise<Response>;

const intoHeaders: TextMapSetter<Headers> = { set: (headers, key, value) => headers.set(key, value) };

/** What the API calls carry over from the page's request: who asks, from where, under which id. */
const CARRIED_HEADERS = ["cookie", "x-forwarded-for", "user-agent", "accept-language"];

/**
 * A `fetch` into this app as the page's visitor. The cookies its answers set (a session renewed,
 * a dead one cleared) are kept for the page to send on. Once `signal` aborts (the page has gone
 * without its first screen), further calls fail at once rather than working for nobody.
 */
function fetchAs(page: Context<AppEnv>, serve: ServeInProcess, signal: AbortSignal, setCookies: string[]) {
  const fetchInProcess: typeof fetch = async (input, init) => {
    signal.throwIfAborted();
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    for (const name of CARRIED_HEADERS) {
      const value = page.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    headers.set("x-request-id", page.get("requestId"));
    // In the page's trace, when there is one: each call's span is a child of the page's.
    propagation.inject(context.active(), headers, intoHeaders);
    const res = await serve(new Request(request, { headers }), page);
    setCookies.push(...res.headers.getSetCookie());
    return res;
  };
  return fetchInProcess;
}

/** `work`'s result, or null once `budgetMs` have passed (and `late` is aborted). */
async function withinBudget<T>(work: Promise<T>, budgetMs: number, late: AbortController): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeUp = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      late.abort(new Error(`the first screen took over ${budgetMs} ms`));
      resolve(null);
    }, budgetMs);
  });
  try {
    return await Promise.race([work, timeUp]);
  } finally {
    clearTimeout(timer);
  }
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" };
const escapeAttribute = (value: string) =>
  value.replace(/[&"<>]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);

/** JSON inside a script element: no `<`, so no text of the data can close the element. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

function insertBefore(html: string, tag: string, snippet: string): string {
  const at = html.lastIndexOf(tag);
  return at === -1 ? `${html}${snippet}` : `${html.slice(0, at)}${snippet}${html.slice(at)}`;
}

/** Vite's manifest (build.manifest): each source file's chunk, and the chunks that chunk imports. */
const viteManifest = z.record(
  z.string(),
  z.object({ file: z.string(), imports: z.array(z.string()).optional() }),
);
export type ViteManifest = z.infer<typeof viteManifest>;

/** Where a Vite build keeps its manifest, below its dist folder; never served. */
export const VITE_MANIFEST = ".vite/manifest.json";

/** The scripts `modules` run, each after the ones it imports, as paths below the site's root. */
export function scriptsFor(manifest: ViteManifest, modules: readonly string[]): string[] {
  const scripts: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
    scripts.push(`/${chunk.file}`);
  };
  for (const module of modules) visit(module);
  return scripts;
}

/**
 * What the build's module answered, checked: it was built against the same contract
 * (`LoadFirstScreen` in @petshop/client/first-screen), but by another build, so the server trusts
 * its shape no further than this. The dehydrated cache is only passed on, so only its outline is
 * checked.
 */
const firstScreen = z.object({
  queries: z.looseObject({ queries: z.array(z.unknown()), mutations: z.array(z.unknown()) }),
  images: z.array(z.string()),
  pageModules: z.array(z.string()),
});
type UncheckedLoader = (page: URL, fetch: typeof globalThis.fetch) => Promise<unknown>;

/** What a page adds to the built index.html: the first screen's data and what to fetch at once. */
export interface PageExtras {
  /** TanStack Query's dehydrated cache, as JSON. */
  queries: unknown;
  images: readonly string[];
  /** Scripts of the page's own code; those the built page names already are left out. */
  scripts: readonly string[];
}

/** `html` (the built index.html) with `extras`: preload links in the head, the data at the end. */
export function pageWithFirstScreen(html: string, { queries, images, scripts }: PageExtras): string {
  const preloads = [
    ...images
      .slice(0, MAX_PRELOADED_IMAGES)
      .map((url) => `<link rel="preload" as="image" href="${escapeAttribute(url)}" fetchpriority="high">`),
    ...scripts
      .filter((script) => !html.includes(`"${script}"`))
      .map((script) => `<link rel="modulepreload" crossorigin href="${escapeAttribute(script)}">`),
  ].join("");
  const data = `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">${jsonForScript(queries)}</script>`;
  return insertBefore(insertBefore(html, "</head>", preloads), "</body>", data);
}

/** The build's manifest, or an empty one when the build has none (nothing is then preloaded). */
async function readManifest(file: string): Promise<ViteManifest> {
  if (!existsSync(file)) return {};
  return viteManifest.parse(JSON.parse(await readFile(file, "utf8")));
}

async function importLoader(file: string): Promise<UncheckedLoader> {
  const module: { loadFirstScreen?: unknown } = await import(pathToFileURL(file).href);
  const { loadFirstScreen } = module;
  if (typeof loadFirstScreen !== "function") throw new Error(`${file} exports no loadFirstScreen`);
  return (page, fetch) => Promise.resolve(loadFirstScreen(page, fetch));
}

/**
 * The storefront's pages with their first screen, or null when the build in `dist` has no
 * first-screen module (then its index.html is sent as it is). The page answers null too when the
 * first screen fails or misses its budget, so a visitor always gets a page.
 */
export function firstScreenPages(dist: string, serve: ServeInProcess, budgetMs = FIRST_SCREEN_BUDGET_MS) {
  const moduleFile = join(dist, FIRST_SCREEN_MODULE);
  if (!existsSync(moduleFile)) return null;
  // Each read once; a failed read is tried again by the next page rather than kept.
  let loader: Promise<UncheckedLoader> | undefined;
  let manifest: Promise<ViteManifest> | undefined;
  const retriedAfterFailure = <T>(read: Promise<T>, forget: () => void) =>
    read.catch((error: unknown) => {
      forget();
      throw error;
    });

  return async (c: Context<AppEnv>): Promise<Response | null> => {
    if (c.req.method !== "GET") return null;
    const setCookies: string[] = [];
    const late = new AbortController();
    try {
      loader ??= retriedAfterFailure(importLoader(moduleFile), () => {
        loader = undefined;
      });
      const load = await loader;
      const work = load(new URL(c.req.url), fetchAs(c, serve, late.signal, setCookies));
      const answer = await withinBudget(work, budgetMs, late);
      if (answer === null) {
        c.get("logger").warn(
          { budgetMs },
          "the page's first screen missed its budget; sending the page without it",
        );
        return null;
      }
      const screen = firstScreen.parse(answer);
      // Read only here, where it is awaited at once: a failed read is never left unhandled.
      manifest ??= retriedAfterFailure(readManifest(join(dist, VITE_MANIFEST)), () => {
        manifest = undefined;
      });
      const scripts = scriptsFor(await manifest, screen.pageModules);
      const built = await readFile(join(dist, "index.html"), "utf8");
      return await pageResponse(c, pageWithFirstScreen(built, { ...screen, scripts }), setCookies);
    } catch (error) {
      c.get("logger").error({ err: error }, "the page's first screen failed; sending the page without it");
      return null;
    }
  };
}

/**
 * A page asked for with cookies, or whose calls set one, is the visitor's own (their name, their
 * cart): no cache keeps it, not even the browser's, and it is sent as it is, with `no-transform` so
 * that a proxy (Caddy's `encode`) leaves it so too. Compressed, it would mix what the address says
 * (search words) with what is theirs, the mix through which compressed sizes leak (BREACH), as
 * compress-api.ts avoids. A visitor without cookies gets the page any other would: gzipped, and
 * revalidated like the built one. The cookies the calls set go with the page.
 */
async function pageResponse(
  c: Context<AppEnv>,
  html: string,
  setCookies: readonly string[],
): Promise<Response> {
  const personal = c.req.header("cookie") !== undefined || setCookies.length > 0;
  const headers = new Headers({
    "Content-Type": "text/html; charset=UTF-8",
    "Cache-Control": personal ? "private, no-store, no-transform" : "no-cache",
  });
  for (const cookie of setCookies) headers.append("Set-Cookie", cookie);
  varyOnAcceptEncoding(headers);
  if (personal || !acceptsEncoding(c.req.header("accept-encoding"), "gzip")) {
    return new Response(html, { headers });
  }
  headers.set("Content-Encoding", "gzip");
  return new Response(new Uint8Array(await gzipAsync(html)), { headers });
}
