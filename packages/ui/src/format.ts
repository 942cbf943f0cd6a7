import { formatPrice, SHOP_CURRENCY, SHOP_LOCALE } from "@petshop/db/constants";

// Money is formatted where the data rules live (the mail the API sends uses the same function).
export { formatPrice, SHOP_LOCALE };

const DAY_MS = 86_400_000;

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/**
 * An animal's age from its birth date (`YYYY-MM-DD`) on `today`, as a buyer would say it:
 * "5 days", "10 weeks", "7 months", "1 year", "2 years 3 months".
 */
export function formatAge(birthDate: string, today: Date = new Date()): string {
  const [y = 0, m = 1, d = 1] = birthDate.split("-").map(Number);
  const born = Date.UTC(y, m - 1, d);
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const days = Math.max(0, Math.floor((now - born) / DAY_MS));
  if (days < 14) return plural(days, "day");
  let months = (today.getUTCFullYear() - y) * 12 + (today.getUTCMonth() - (m - 1));
  if (today.getUTCDate() < d) months -= 1;
  if (months < 3) return plural(Math.floor(days / 7), "week");
  if (months < 12) return plural(months, "month");
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest ? `${plural(years, "year")} ${plural(rest, "month")}` : plural(years, "year");
}

// Timestamps arrive as ISO strings (docs/decisions/002-wire-format.md) and are shown in the
// viewer's own time zone: people read them as "when, for me".
// The formats are made on first use, not when the module loads: the first costs a phone ~10 ms (ICU's
// calendar data), a price-only page such as the catalogue never needs it.
let dateFormat: Intl.DateTimeFormat | undefined;
let dateTimeFormat: Intl.DateTimeFormat | undefined;

let countFormat: Intl.NumberFormat | undefined;

/**
 * "1,204". One formatter, made on first use: `count.toLocaleString(locale)` makes a new one on
 * every call, which a page of facet counts paid for dozens of times on a phone.
 */
export function formatCount(count: number): string {
  countFormat ??= new Intl.NumberFormat(SHOP_LOCALE);
  return countFormat.format(count);
}

/**
 * Makes the count and price formats now. A page's first number format costs a phone about 50 ms
 * (ICU loads the locale's data); an app calls this in a task of its own before its first render,
 * which would otherwise pay it inside an already long task.
 */
export function prepareNumberFormats(): void {
  formatCount(0);
  formatPrice(0, SHOP_CURRENCY);
}

/** "21 Nov 2026" */
export function formatDate(iso: string): string {
  dateFormat ??= new Intl.DateTimeFormat(SHOP_LOCALE, { dateStyle: "medium" });
  return dateFormat.format(new Date(iso));
}

/** "21 Nov 2026, 14:05" */
export function formatDateTime(iso: string): string {
  dateTimeFormat ??= new Intl.DateTimeFormat(SHOP_LOCALE, { dateStyle: "medium", timeStyle: "short" });
  return dateTimeFormat.format(new Date(iso));
}

/** What a card says about stock: a single animal is "Available", a tank of fish "40 available". */
export function availabilityLabel(stock: number): string {
  if (stock <= 0) return "Sold out";
  if (stock === 1) return "Available";
  return `${stock} available`;
}
