import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../hono-env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery: a write that a browser could have sent on someone's behalf (it carries
 * a cookie, or an Origin or Sec-Fetch-Site header) must come from the shop itself: its Origin must
 * be the public URL or a configured origin, exactly. The request's own origin as this server sees
 * it does not count: behind a TLS proxy it is `http://…` while the shop is `https://…`. A browser
 * write without an Origin (or with `Origin: null`) counts only when Sec-Fetch-Site says
 * same-origin. Otherwise 403, before any handler runs.
 * Scripts with an API token send no cookie and pass; so do scripts with neither. Webhooks are
 * authenticated by their signature alone and never act on a cookie, so they are not checked here.
 */
export function csrfProtection(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return createMiddleware<AppEnv>(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || c.req.path.startsWith("/webhooks/")) return next();
    const origin = c.req.header("origin");
    const site = c.req.header("sec-fetch-site");
    const fromBrowser = Boolean(c.req.header("cookie") || origin || site);
    if (!fromBrowser) return next();
    // A form posted from a page with `Referrer-Policy: no-referrer` (ours) says `Origin: null`;
    // then, as with no Origin, the browser's Sec-Fetch-Site decides.
    const named = origin !== undefined && origin !== "null";
    const trusted = named ? allowed.has(origin) : site === "same-origin";
    if (trusted) return next();
    c.get("logger").warn({ origin, site, path: c.req.path }, "cross-site write refused");
    return c.json({ error: { message: "This request did not come from the shop and was refused." } }, 403);
  });
}
