import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { FIRST_SCREEN_MODULE } from "@petshop/client/first-screen";
import type { Context } from "hono";
import { Hono } from "hono";
import type { AppEnv } from "../hono-env";
import { isCompressibleType, varyOnAcceptEncoding } from "../middleware/content-coding";
import { VITE_MANIFEST } from "./first-screen";

const IMMUTABLE = "public, max-age=31536000, immutable";

/** What the build keeps for the server (the first-screen module, Vite's manifest): never sent. */
const FOR_THE_SERVER = [`/${dirname(FIRST_SCREEN_MODULE)}/`, `/${dirname(VITE_MANIFEST)}/`];

/** The build's brotli and gzip copies: sent in place of their original, never under their own name. */
const ENCODED_COPY = /\.(?:br|gz)$/i;

function wantsHtml(c: Context): boolean {
  return (c.req.header("accept") ?? "").includes("text/html");
}

/** The app's routes never end in a file name; its built files always do. */
const NAMES_A_FILE = /\.[^/]*$/;

/** A page made for the request (first-screen.ts), or null to send the built index.html. */
export type PageMaker = (c: Context<AppEnv>) => Promise<Response | null>;

/**
 * One built single-page app mounted at `prefix` ("" for the root): its files, and its index.html
 * for any other page the browser asks for, so client-side routes survive a reload. A text file is
 * sent as the build's brotli (`.br`) or gzip (`.gz`) copy when the client accepts that encoding
 * and the copy exists (tooling/vite-precompress writes them). `makePage`, when given, makes the
 * page sent for an address of the app's own; files under the build's server folder are never sent.
 */
export function spaRoutes(prefix: string, dist: string, makePage: PageMaker | null = null) {
  const app = new Hono<AppEnv>();
  if (!existsSync(join(dist, "index.html"))) {
    app.get(`${prefix}/*`, (c) =>
      wantsHtml(c) ? c.text(`This app is not built yet (no ${dist}). Run: pnpm build`, 503) : c.notFound(),
    );
    return app;
  }
  app.use(`${prefix}/*`, async (c, next) => {
    const path = c.req.path.slice(prefix.length);
    if (ENCODED_COPY.test(path) || FOR_THE_SERVER.some((folder) => path.startsWith(folder)))
      return c.notFound();
    await next();
    if (isCompressibleType(c.res.headers.get("content-type"))) varyOnAcceptEncoding(c.res.headers);
    if (c.res.status !== 200 || c.res.headers.has("cache-control")) return;
    // Vite names files under assets/ by content hash, so they never change; everything else
    // (index.html, public files) is revalidated.
    const hashed = c.req.path.startsWith(`${prefix}/assets/`);
    c.res.headers.set("Cache-Control", hashed ? IMMUTABLE : "no-cache");
  });
  if (makePage) {
    app.get(`${prefix}/*`, async (c, next) => {
      if (!wantsHtml(c) || NAMES_A_FILE.test(c.req.path)) return next();
      return (await makePage(c)) ?? next();
    });
  }
  app.use(
    `${prefix}/*`,
    serveStatic({
      root: dist,
      precompressed: true,
      rewriteRequestPath: (path) => path.slice(prefix.length) || "/",
    }),
  );
  const indexHtml = serveStatic({ root: dist, path: "index.html", precompressed: true });
  app.get(`${prefix}/*`, (c, next) => {
    if (!wantsHtml(c)) return next();
    // Also under assets/: a page, unlike the hashed file that was asked for, must be revalidated.
    c.header("Cache-Control", "no-cache");
    return indexHtml(c, next);
  });
  return app;
}
