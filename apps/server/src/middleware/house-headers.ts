import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../hono-env";

// The headers every answer carries, whichever route made it: the security headers and the request
// id. They are set once, at the outermost layer that knows the request id, so no way of answering
// (c.json, a Response a handler built, tRPC's fetch adapter, a kept answer) can lose them. Hot
// answers are built whole (`completeAnswer`): one plain record that node-server writes as it is,
// never a `Headers`, whose every set() is validated and whose iteration sorts (docs/decisions/022).

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** The security headers of every answer: Hono's secureHeaders defaults, with the shop's CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=15552000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "SAMEORIGIN",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
});

const REQUEST_ID = "x-request-id";
const REQUEST_ID_MAX_LENGTH = 255;
const REQUEST_ID_SHAPE = /^[\w\-=]+$/;

/** A caller's own request id when it is a plain token (a proxy's, a script's), or a new one. */
export function requestIdFrom(given: string | undefined): string {
  return given && given.length <= REQUEST_ID_MAX_LENGTH && REQUEST_ID_SHAPE.test(given)
    ? given
    : crypto.randomUUID();
}

/** Answers built whole by `completeAnswer`: the outer layers leave them as they are. */
const complete = new WeakSet<Response>();

/** True for an answer that already carries every house header and its final encoding. */
export function isCompleteAnswer(res: Response): boolean {
  return complete.has(res);
}

/**
 * An answer with the house headers and `headers` in one plain record. The caller owes it
 * everything the outer layers would have added: `Vary: Accept-Encoding` and its encoding.
 */
export function completeAnswer(
  c: Context<AppEnv>,
  body: Uint8Array<ArrayBuffer> | string | null,
  status: number,
  headers: Record<string, string>,
): Response {
  const res = new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, [REQUEST_ID]: c.get("requestId"), ...headers },
  });
  complete.add(res);
  return res;
}

/**
 * Names the request (`requestId`: the caller's X-Request-Id when it is a plain token, else a new
 * one) and gives every answer the security headers and that id.
 */
export function houseHeaders() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const id = requestIdFrom(c.req.header(REQUEST_ID));
    c.set("requestId", id);
    await next();
    if (complete.has(c.res)) return;
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    headers.set(REQUEST_ID, id);
  });
}
