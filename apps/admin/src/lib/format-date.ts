import { SHOP_LOCALE } from "@petshop/ui";

// Timestamps arrive as ISO strings (docs/decisions/002-wire-format.md) and are shown in the
// viewer's own time zone, since staff read them as "when, for me".

const dateFormat = new Intl.DateTimeFormat(SHOP_LOCALE, { dateStyle: "medium" });
const dateTimeFormat = new Intl.DateTimeFormat(SHOP_LOCALE, { dateStyle: "medium", timeStyle: "short" });

/** "21 Nov 2026" */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "21 Nov 2026, 14:05" */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}
