import { mkdirSync } from "node:fs";
import { serveStatic } from "@hono/node-server/serve-static";
import { MEDIA_URL_PREFIX } from "@petshop/api";
import { Hono } from "hono";
import type { AppEnv } from "../hono-env";

/** Uploaded pictures. Their names are random and never reused, so browsers may keep them for good. */
export function mediaRoutes(mediaDir: string) {
  // Uploads create subfolders on demand; the root must exist before the first request.
  mkdirSync(mediaDir, { recursive: true });
  const app = new Hono<AppEnv>();
  app.use(`${MEDIA_URL_PREFIX}*`, async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set("Cache-Control", "public, max-age=31536000, immutable");
  });
  app.use(
    `${MEDIA_URL_PREFIX}*`,
    serveStatic({ root: mediaDir, rewriteRequestPath: (path) => path.slice(MEDIA_URL_PREFIX.length - 1) }),
  );
  app.get(`${MEDIA_URL_PREFIX}*`, (c) => c.json({ error: { message: "Not found." } }, 404));
  return app;
}
