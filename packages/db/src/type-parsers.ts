// How PostgreSQL values are read, identically on pg and PGlite: timestamps become ISO-8601 UTC
// strings and dates stay `YYYY-MM-DD`, so what the database returns is already what the API sends
// (see docs/decisions/002-wire-format.md) and nothing depends on the server's local time zone.

/** PostgreSQL type OIDs this module reads. */
export const OID = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

const PG_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(?:([+-]\d{2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/;

/** Converts PostgreSQL's text form of a timestamp(tz) to `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export function toIsoTimestamp(text: string): string {
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
