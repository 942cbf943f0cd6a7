import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context } from "hono";
import { Hono } from "hono";
import type { AppEnv } from "../hono-env";

function wantsHtml(c: Context): boolean {
  return (c.req.header("accept") ?? "").includes("text/html");
}

/**
 * One built single-page app mounted at `prefix` ("" for the root): its files, and its index.html
 * for any other page the browser asks for, so client-side routes survive a reload.
 */
export function spaRoutes(prefix: string, dist: string) {
  const app = new Hono<AppEnv>();
  if (!existsSync(join(dist, "index.html"))) {
    app.get(`${prefix}/*`, (c) =>
      wantsHtml(c) ? c.text(`This app is not built yet (no ${dist}). Run: pnpm build`, 503) : c.notFound(),
    );
    return app;
  }
  // Vite names files under assets/ by content hash, so they never change; everything else
  // (index.html, public files) is revalidated.
  app.use(`${prefix}/*`, async (c, next) => {
    await next();
    if (c.res.status !== 200 || c.res.headers.has("cache-control")) return;
    const hashed = c.req.path.startsWith(`${prefix}/assets/`);
    c.res.headers.set("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
  });
  app.use(
    `${prefix}/*`,
    serveStatic({ root: dist, rewriteRequestPath: (path) => path.slice(prefix.length) || "/" }),
  );
  app.get(`${prefix}/*`, (c, next) =>
    wantsHtml(c) ? serveStatic({ root: dist, path: "index.html" })(c, next) : next(),
  );
  return app;
}
