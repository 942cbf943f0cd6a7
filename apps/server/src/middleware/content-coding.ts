// What an answer's compression depends on: the client's Accept-Encoding, and whether the type is text.

/** Text types, which compression shrinks; pictures, fonts and archives are compressed already. */
const COMPRESSIBLE_TYPE = /^\s*(?:text\/|application\/(?:javascript|json|xml)\b|[^;\s]+\+(?:json|xml)\b)/i;

export function isCompressibleType(contentType: string | null): boolean {
  return contentType !== null && COMPRESSIBLE_TYPE.test(contentType);
}

/**
 * Whether `Accept-Encoding` allows `coding`: named with a q above 0, or covered by `*` when it is
 * not named. An absent header allows none, so a client that did not ask never gets compressed bytes.
 */
export function acceptsEncoding(header: string | undefined, coding: string): boolean {
  if (!header) return false;
  let wildcard = 0;
  for (const entry of header.split(",")) {
    const [name = "", ...params] = entry.split(";").map((part) => part.trim().toLowerCase());
    const qParam = params.find((param) => param.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const weight = Number.isFinite(q) ? q : 0;
    if (name === coding) return weight > 0;
    if (name === "*") wildcard = weight;
  }
  return wildcard > 0;
}

/** Caches must keep one copy per encoding of an answer that could have been sent compressed. */
export function varyOnAcceptEncoding(headers: Headers): void {
  const vary = headers.get("vary");
  if (!vary) headers.set("Vary", "Accept-Encoding");
  else if (vary.trim() !== "*" && !/(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary)) {
    headers.set("Vary", `${vary}, Accept-Encoding`);
  }
}
