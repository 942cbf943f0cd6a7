import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppEnv } from "../hono-env";
import { varyOnAcceptEncoding } from "../middleware/content-coding";

/** Crawlers may read the shop; the staff app and the API are no pages to index. */
export const ROBOTS_TXT = ["User-agent: *", "Allow: /", "Disallow: /admin/", "Disallow: /trpc/", ""].join(
  "\n",
);

const A_DAY = "public, max-age=86400";

/**
 * The two files every crawler and browser asks for at the root whatever the pages link to:
 * `/robots.txt`, and `/favicon.ico`, answered with the storefront's SVG icon (browsers that read
 * the fallback path go by the Content-Type, not the name).
 */
export function siteFileRoutes(storefrontDist: string) {
  const app = new Hono<AppEnv>();
  app.get("/robots.txt", (c) => c.text(ROBOTS_TXT, 200, { "Cache-Control": A_DAY }));
  // Checked once, like the SPAs' index.html: an unbuilt storefront has no icon to send.
  if (!existsSync(join(storefrontDist, "favicon.svg"))) return app;
  app.use("/favicon.ico", async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    c.res.headers.set("Cache-Control", A_DAY);
    varyOnAcceptEncoding(c.res.headers);
  });
  app.use("/favicon.ico", serveStatic({ root: storefrontDist, path: "favicon.svg", precompressed: true }));
  return app;
}
