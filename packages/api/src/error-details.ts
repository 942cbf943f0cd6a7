// What a refused call tells the client beyond its code and message (`error.data.details`), typed
// end to end: the client's error type reads it from the error formatter, so a caller switches on
// `reason` and needs no schema of its own. Types only; the domains build the values.

export interface CheckoutLine {
  animalId: string;
  name: string;
  unitPriceMinor: number;
  quantity: number;
  /** Units that could be had when checked. */
  available: number;
}

/** Why a checkout was refused, for the UI to show: a new total to confirm, or lines to fix. */
export type CheckoutConflict =
  | { reason: "price_changed"; totalMinor: number; currency: string; lines: CheckoutLine[] }
  | { reason: "unavailable"; lines: CheckoutLine[] };

/** An input that passed its schema but not a rule only the server can check (e.g. today's date). */
export interface OutOfRange {
  reason: "out_of_range";
  field: string;
}

export type ErrorDetails = CheckoutConflict | OutOfRange;
