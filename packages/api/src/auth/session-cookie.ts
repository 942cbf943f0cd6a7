import { type CookieSettings, cookieName, readCookie, setCookie } from "../lib/cookies";

// The session cookie, named `session` (`__Host-session` over https).

export type { CookieSettings } from "../lib/cookies";

const SESSION = "session";

export const sessionCookieName = (settings: CookieSettings) => cookieName(SESSION, settings);

/** The session token in a request's Cookie header, if any. */
export function readSessionCookie(cookieHeader: string | null, settings: CookieSettings): string | undefined {
  return readCookie(cookieHeader, SESSION, settings);
}

export function sessionCookie(token: string, expiresAt: Date, settings: CookieSettings, now: Date): string {
  return setCookie(SESSION, token, (expiresAt.getTime() - now.getTime()) / 1000, settings);
}

/** A Set-Cookie value that makes the browser forget the session. */
export function clearedSessionCookie(settings: CookieSettings): string {
  return setCookie(SESSION, "", 0, settings);
}
