import { parseCookie, stringifySetCookie } from "cookie";

// The shop's own cookies (the session, the anonymous cart): HttpOnly, SameSite=Lax, Path=/, and
// over https Secure with the `__Host-` prefix (which browsers accept only when Secure, Path=/ and
// no Domain).

export interface CookieSettings {
  /** True when the shop is served over https. */
  secure: boolean;
}

/** `base`, or `__Host-base` over https. */
export const cookieName = (base: string, { secure }: CookieSettings) => (secure ? `__Host-${base}` : base);

/** The value of cookie `base` in a request's Cookie header, if any. */
export function readCookie(
  cookieHeader: string | null,
  base: string,
  settings: CookieSettings,
): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[cookieName(base, settings)];
}

/** A Set-Cookie value for cookie `base`, kept `maxAgeSeconds` (0 makes the browser forget it). */
export function setCookie(
  base: string,
  value: string,
  maxAgeSeconds: number,
  settings: CookieSettings,
): string {
  return stringifySetCookie({
    name: cookieName(base, settings),
    value,
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: settings.secure,
    maxAge: Math.max(0, Math.floor(maxAgeSeconds)),
  });
}
