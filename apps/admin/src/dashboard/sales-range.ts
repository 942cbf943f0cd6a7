import type { RouterInputs } from "@petshop/client/react";
import type { RangePreset } from "./range-presets";

// The dashboard's ranges are runs of the shop's own days ending today. Days are `YYYY-MM-DD` text
// and their arithmetic is done at midnight UTC, where no clock change can shift a day.

export type SalesInput = RouterInputs["reports"]["sales"];
type Period = Exclude<SalesInput["by"], "species">;

const DAY_MS = 86_400_000;

/**
 * The reports' first day, as the API's reports schema has it. Written here rather than imported:
 * `@petshop/api/schemas` would bring every zod schema onto the dashboard. sales-range.test.ts keeps
 * the two equal.
 */
export const FIRST_REPORT_DAY = "2020-01-01";

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utcOf = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

function daysBefore(day: string, days: number): string {
  return toDay(utcOf(day) - days * DAY_MS);
}

/** The Monday `weeks` whole weeks before the week of `day`: the report's weeks are ISO weeks. */
function mondayWeeksBefore(day: string, weeks: number): string {
  const sinceMonday = (new Date(utcOf(day)).getUTCDay() + 6) % 7;
  return daysBefore(day, sinceMonday + weeks * 7);
}

/** The first day of the month `months` before the month of `day`. */
function firstOfMonthBefore(day: string, months: number): string {
  const date = new Date(utcOf(day));
  return toDay(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
}

interface RangeRule {
  label: string;
  by: Period;
  firstDay: (today: string) => string;
}

/**
 * Each preset whole periods back from today, the current one included, so no bar is a stray
 * fragment at the start (the report keys a period by its first day, which would fall before `from`).
 */
export const RANGES: Record<RangePreset, RangeRule> = {
  "30d": { label: "Last 30 days", by: "day", firstDay: (today) => daysBefore(today, 29) },
  "12w": { label: "Last 12 weeks", by: "week", firstDay: (today) => mondayWeeksBefore(today, 11) },
  "12m": { label: "Last 12 months", by: "month", firstDay: (today) => firstOfMonthBefore(today, 11) },
};

/** The reports.sales input for `preset` ending on `today`; never before the reports' first day. */
export function salesInputOf(preset: RangePreset, today: string): SalesInput {
  const { by, firstDay } = RANGES[preset];
  const from = firstDay(today);
  // Days as `YYYY-MM-DD` compare as text.
  if (from < FIRST_REPORT_DAY) return { from: FIRST_REPORT_DAY, to: today, by };
  return { from, to: today, by };
}

/**
 * The day it is in `timeZone` at `now`. en-CA writes dates as `YYYY-MM-DD`; four digits of year are
 * asked for so the shape holds for any year the reports accept.
 */
export function dayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
