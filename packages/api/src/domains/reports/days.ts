// Calendar arithmetic on `YYYY-MM-DD` days, without time zones: a report's range is a run of the
// shop's own days, and only the database turns them into instants. Browser-safe.

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to `day` (a valid `YYYY-MM-DD`). */
export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/** How many days `from`..`to` covers, both included. */
export const daysBetweenInclusive = (from: string, to: string) => dayNumber(to) - dayNumber(from) + 1;

/**
 * The same month and day `years` later, as text for comparing with other days. 29 February gives
 * 29 February of a year that may lack it, which still sorts between the 28th and 1 March.
 */
export const sameDayYearsLater = (day: string, years: number) =>
  `${String(Number(day.slice(0, 4)) + years).padStart(4, "0")}${day.slice(4)}`;

/** The day it is in `timeZone` at instant `now`. */
export function dayIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}
