import type { BrowserContextOptions } from "playwright-core";

/** What Playwright restores into a new browser context: the cookies a signed-in browser would hold. */
export type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;
export type Cookie = StorageState["cookies"][number];

const SAME_SITE: Record<string, Cookie["sameSite"]> = { strict: "Strict", lax: "Lax", none: "None" };

/** One `Set-Cookie` header as the cookie a browser on `host` would keep. */
export function parseSetCookie(header: string, host: string, now = Date.now()): Cookie {
  const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
  const equals = pair.indexOf("=");
  const name = pair.slice(0, equals);
  const cookie: Cookie = {
    name,
    value: pair.slice(equals + 1),
    domain: host,
    path: "/",
    expires: -1,
    httpOnly: false,
    secure: false,
    sameSite: "Lax",
  };
  for (const attribute of attributes) {
    const [key = "", value = ""] = attribute.split("=");
    switch (key.toLowerCase()) {
      case "max-age":
        cookie.expires = Math.floor(now / 1000) + Number(value);
        break;
      case "path":
        cookie.path = value;
        break;
      case "httponly":
        cookie.httpOnly = true;
        break;
      case "secure":
        cookie.secure = true;
        break;
      case "samesite":
        cookie.sameSite = SAME_SITE[value.toLowerCase()] ?? "Lax";
        break;
    }
  }
  return cookie;
}

/** Whether a browser would have dropped `cookie` by now (Max-Age=0 is how signing out clears one). */
export const hasExpired = (cookie: Cookie, now = Date.now()) =>
  cookie.expires !== -1 && cookie.expires * 1000 <= now;
