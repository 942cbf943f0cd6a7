const PROBE_ORIGIN = "http://shop.invalid";

/**
 * Only a path on this site: a crafted link must not send someone, just signed in, to another site.
 * "//evil.example" and "/\evil.example" are other hosts to a browser, and tabs or newlines inside
 * are dropped, so the URL parser (not a prefix test alone) has the last word.
 */
export function safeRedirect(target: string | undefined, fallback = "/account"): string {
  if (!target?.startsWith("/") || target.startsWith("//")) return fallback;
  try {
    return new URL(target, PROBE_ORIGIN).origin === PROBE_ORIGIN ? target : fallback;
  } catch {
    return fallback;
  }
}
