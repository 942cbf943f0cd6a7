// How PostgreSQL values are read, identically on pg and PGlite: timestamps become ISO-8601 UTC
// strings and dates stay `YYYY-MM-DD`, so what the database returns is already what the API sends
// (see docs/decisions/002-wire-format.md) and nothing depends on the server's local time zone.

/** PostgreSQL type OIDs this module reads. */
export const OID = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

const PG_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(?:([+-]\d{2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/;

/** What PostgreSQL sends for a timestamptz in a UTC session, the form almost every value takes. */
const PG_UTC_TIMESTAMP =
  /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])) ([01]\d|2[0-3])(:[0-5]\d:[0-5]\d)(?:\.(\d{1,6}))?\+00$/;

/** Converts PostgreSQL's text form of a timestamp(tz) to `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export function toIsoTimestamp(text: string): string {
  // Every catalogue row carries timestamps, so the UTC form is rewritten as text rather than going
  // through Date (a measurable share of a catalogue request's CPU); milliseconds truncate as Date's do.
  const utc = PG_UTC_TIMESTAMP.exec(text);
  if (utc) {
    const [, date, hours, rest, fraction = ""] = utc;
    return `${date}T${hours}${rest}.${fraction.slice(0, 3).padEnd(3, "0")}Z`;
  }
  const match = PG_TIMESTAMP.exec(text);
  if (!match) throw new Error(`Unreadable timestamp from the database: ${text}`);
  const [, date, time, offsetHours, offsetMinutes = "00", offsetSeconds] = match;
  // A `timestamp` without zone is taken as UTC; seconds in an offset only occur for pre-1900 LMT zones.
  const offset = offsetHours ? `${offsetHours}:${offsetMinutes}` : "Z";
  const parsed = new Date(`${date}T${time}${offset}`);
  if (Number.isNaN(parsed.getTime()) || offsetSeconds) {
    throw new Error(`Unreadable timestamp from the database: ${text}`);
  }
  return parsed.toISOString();
}

const identity = (text: string) => text;

/** Parsers keyed by type OID, in the form both drivers accept. */
export const textParsers: Record<number, (text: string) => string> = {
  // bigint stays a string (a JS number loses precision past 2^53); pg does this by default, PGlite not.
  [OID.int8]: identity,
  [OID.date]: identity,
  [OID.timestamp]: toIsoTimestamp,
  [OID.timestamptz]: toIsoTimestamp,
};
