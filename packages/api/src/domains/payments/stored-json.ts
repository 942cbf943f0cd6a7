// PostgreSQL's jsonb refuses two things JSON itself allows: the escape \u0000 (text cannot hold
// NUL) and a lone UTF-16 surrogate such as \ud800. A payload a provider signed may contain either,
// and we still keep it, so both are replaced by U+FFFD before it is stored.

// NUL, and lone surrogates: a high one not followed by a low one, or a low one not preceded by a high one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without what PostgreSQL's text and jsonb cannot hold. */
export const storableText = (text: string) => text.replace(UNSTORABLE, "\uFFFD");

function storable(value: unknown): unknown {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.map(storable);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [storableText(key), storable(v)]));
  }
  return value;
}

/** `value` as JSON that a jsonb column accepts. */
export const toStoredJson = (value: unknown): string => JSON.stringify(storable(value)) ?? "null";
