import type { RouterOutputs } from "@petshop/client/react";
import { SPECIES, type Species } from "@petshop/db/constants";
import { formatPrice, SHOP_LOCALE, SPECIES_LABELS } from "@petshop/ui";

// How the sales report reads in words: names of its rows for the chart's axis and the tables, and
// the sentence that stands in for a chart for anyone who cannot see it.

export type SalesReport = RouterOutputs["reports"]["sales"];
export type SalesRow = SalesReport["rows"][number];
export type SalesGrouping = SalesReport["by"];

// A period's key is a calendar day, not an instant: formatted in UTC, where it is that day's midnight.
const dayFormat = new Intl.DateTimeFormat(SHOP_LOCALE, { timeZone: "UTC", dateStyle: "medium" });
const shortDayFormat = new Intl.DateTimeFormat(SHOP_LOCALE, {
  timeZone: "UTC",
  day: "numeric",
  month: "short",
});
const monthFormat = new Intl.DateTimeFormat(SHOP_LOCALE, { timeZone: "UTC", month: "long", year: "numeric" });
const shortMonthFormat = new Intl.DateTimeFormat(SHOP_LOCALE, {
  timeZone: "UTC",
  month: "short",
  year: "2-digit",
});

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);
const isSpecies = (key: string): key is Species => SPECIES.some((species) => species === key);

/** "21 Nov 2026" */
export const formatDay = (day: string) => dayFormat.format(dateOf(day));

/** A row in full, for tables and the tooltip: "21 Nov 2026", "Week of 16 Nov 2026", "November 2026", "Dogs". */
export function rowName(key: string, by: SalesGrouping): string {
  switch (by) {
    case "species":
      return isSpecies(key) ? SPECIES_LABELS[key] : key;
    case "month":
      return monthFormat.format(dateOf(key));
    case "week":
      return `Week of ${formatDay(key)}`;
    case "day":
      return formatDay(key);
  }
}

/** A period on the chart's axis, where room is short: "21 Nov" (a day, or a week's Monday), "Nov 26". */
export function periodTick(key: string, by: SalesGrouping): string {
  if (by === "species") return rowName(key, by);
  return by === "month" ? shortMonthFormat.format(dateOf(key)) : shortDayFormat.format(dateOf(key));
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** Money on the axis, where room is short: "€1.2K". Minor units as formatPrice reads them. */
export function compactMoney(minor: number, currency: string): string {
  let format = compactFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(SHOP_LOCALE, { style: "currency", currency, notation: "compact" });
    compactFormats.set(currency, format);
  }
  const digits = new Intl.NumberFormat(SHOP_LOCALE, { style: "currency", currency }).resolvedOptions()
    .maximumFractionDigits;
  return format.format(minor / 10 ** (digits ?? 2));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The report in one sentence: what it shows, over which days, the total and the best row.
 * "Net sales by day, 23 Oct 2026 to 21 Nov 2026: €3,000.00 from 2 orders. Highest: 21 Nov 2026, €2,000.00."
 */
export function salesSummary(report: SalesReport): string {
  const money = (minor: number) => formatPrice(minor, report.currency);
  const range = `Net sales by ${report.by}, ${formatDay(report.from)} to ${formatDay(report.to)}`;
  const best = report.rows.reduce<SalesRow | undefined>(
    (top, row) => (top === undefined || row.netMinor > top.netMinor ? row : top),
    undefined,
  );
  if (!best || (report.totals.orders === 0 && report.totals.refundsMinor === 0)) return `${range}: no sales.`;
  return (
    `${range}: ${money(report.totals.netMinor)} from ${plural(report.totals.orders, "order")}. ` +
    `Highest: ${rowName(best.key, report.by)}, ${money(best.netMinor)}.`
  );
}
