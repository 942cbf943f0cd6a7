import { parseCookie, stringifySetCookie } from "cookie";

// The session cookie: HttpOnly, SameSite=Lax, Path=/, and over https Secure with the `__Host-`
// prefix (which browsers accept only when Secure, Path=/ and no Domain).

export interface CookieSettings {
  /** True when the shop is served over https. */
  secure: boolean;
}

export const sessionCookieName = ({ secure }: CookieSettings) => (secure ? "__Host-session" : "session");

/** The session token in a request's Cookie header, if any. */
export function readSessionCookie(cookieHeader: string | null, settings: CookieSettings): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[sessionCookieName(settings)];
}

export function sessionCookie(token: string, expiresAt: Date, settings: CookieSettings, now: Date): string {
  return stringifySetCookie({
    name: sessionCookieName(settings),
    value: token,
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: settings.secure,
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
  });
}

/** A Set-Cookie value that makes the browser forget the session. */
export function clearedSessionCookie(settings: CookieSettings): string {
  return stringifySetCookie({
    name: sessionCookieName(settings),
    value: "",
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: settings.secure,
    maxAge: 0,
  });
}
