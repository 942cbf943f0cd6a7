import { hashSecret, randomToken } from "../../auth/secrets";
import { type CookieSettings, readCookie, setCookie } from "../../lib/cookies";

// Whose cart a request is about: the signed-in user's, or the anonymous visitor's named by the
// token in the `cart` cookie (stored hashed, like every secret).

export type CartOwner = { kind: "user"; userId: string } | { kind: "anonymous"; tokenHash: string | null };

const CART_COOKIE = "cart";
/** An anonymous cart is kept a month after its last change. */
export const ANONYMOUS_CART_DAYS = 30;

/** The anonymous cart token in a request's cookies, if any. */
export function readCartToken(headers: Headers, settings: CookieSettings): string | undefined {
  const token = readCookie(headers.get("cookie"), CART_COOKIE, settings);
  // Our tokens are 32 base32 characters; anything else was not made by us.
  return token && /^[a-z2-7]{32}$/.test(token) ? token : undefined;
}

export function cartOwner(
  user: { id: string } | null,
  headers: Headers,
  settings: CookieSettings,
): CartOwner {
  if (user) return { kind: "user", userId: user.id };
  const token = readCartToken(headers, settings);
  return { kind: "anonymous", tokenHash: token ? hashSecret(token) : null };
}

/** A fresh anonymous cart token, its hash, and the cookie that carries it. */
export function newCartToken(settings: CookieSettings) {
  const token = randomToken();
  return {
    tokenHash: hashSecret(token),
    cookie: setCookie(CART_COOKIE, token, ANONYMOUS_CART_DAYS * 86_400, settings),
  };
}

/** A Set-Cookie value that makes the browser forget its anonymous cart (merged at sign-in). */
export const clearedCartCookie = (settings: CookieSettings) => setCookie(CART_COOKIE, "", 0, settings);
