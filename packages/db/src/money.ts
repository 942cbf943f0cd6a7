// Money is integer minor units with an ISO 4217 currency; this is how it reads to people, in mail
// and in the SPAs alike.

/** The shop's locale for numbers and money, fixed so prices read the same for every visitor. */
export const SHOP_LOCALE = "en-IE";

/** The currency the shop sells and reports in (every listing is priced in it). */
export const SHOP_CURRENCY = "EUR";

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string): Intl.NumberFormat {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(SHOP_LOCALE, { style: "currency", currency });
    moneyFormats.set(currency, format);
  }
  return format;
}

/** `formatPrice(120000, "EUR")` → "€1,200.00". Minor units follow the currency (JPY has none). */
export function formatPrice(minor: number, currency: string): string {
  const format = moneyFormat(currency);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}
