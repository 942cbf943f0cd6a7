import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context } from "hono";
import { Hono } from "hono";
import type { AppEnv } from "../hono-env";
import { isCompressibleType, varyOnAcceptEncoding } from "../middleware/content-coding";

const IMMUTABLE = "public, max-age=31536000, immutable";

/** The build's brotli and gzip copies: sent in place of their original, never under their own name. */
const ENCODED_COPY = /\.(?:br|gz)$/i;

function wantsHtml(c: Context): boolean {
  return (c.req.header("accept") ?? "").includes("text/html");
}

/**
 * One built single-page app mounted at `prefix` ("" for the root): its files, and its index.html
 * for any other page the browser asks for, so client-side routes survive a reload. A text file is
 * sent as the build's brotli (`.br`) or gzip (`.gz`) copy when the client accepts that encoding
 * and the copy exists (tooling/vite-precompress writes them).
 */
export function spaRoutes(prefix: string, dist: string) {
  const app = new Hono<AppEnv>();
  if (!existsSync(join(dist, "index.html"))) {
    app.get(`${prefix}/*`, (c) =>
      wantsHtml(c) ? c.text(`This app is not built yet (no ${dist}). Run: pnpm build`, 503) : c.notFound(),
    );
    return app;
  }
  app.use(`${prefix}/*`, async (c, next) => {
    if (ENCODED_COPY.test(c.req.path)) return c.notFound();
    await next();
    if (isCompressibleType(c.res.headers.get("content-type"))) varyOnAcceptEncoding(c.res.headers);
    if (c.res.status !== 200 || c.res.headers.has("cache-control")) return;
    // Vite names files under assets/ by content hash, so they never change; everything else
    // (index.html, public files) is revalidated.
    const hashed = c.req.path.startsWith(`${prefix}/assets/`);
    c.res.headers.set("Cache-Control", hashed ? IMMUTABLE : "no-cache");
  });
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
