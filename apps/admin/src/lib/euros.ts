// Amounts typed by staff in euros (a price, a refund) and sent to the API in cents, converted in
// whole numbers so no float rounding creeps in. Both assume two decimals, which holds for the
// shop's currency.

/** "1200", "1199.5" or "1199,50": up to two decimals, with either separator. */
export const EURO_AMOUNT_PATTERN = /^\d{1,9}(?:[.,]\d{1,2})?$/;

/** "1199.50" (euros) → 119950 (cents). */
export function toMinorUnits(amount: string): number {
  const [whole = "0", fraction = ""] = amount.trim().replace(",", ".").split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** 119950 → "1199.50", the way an amount field shows it. */
export function fromMinorUnits(minor: number): string {
  return `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
}
