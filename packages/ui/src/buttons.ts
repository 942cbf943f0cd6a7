import type { Density } from "./density";

// The button looks of both apps, in one place so every page's buttons read the same: roomy for
// the shop, dense for the staff app.

export interface ButtonStyles {
  primary: string;
  secondary: string;
  /** For what cannot be undone (cancel an order, archive a listing, refund). */
  danger: string;
  /** A quiet action inside a row of a list or a table. */
  quiet: string;
}

const comfortable =
  "inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 font-medium transition disabled:cursor-not-allowed disabled:opacity-60";
const compact =
  "inline-flex items-center justify-center gap-1 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50";

export const BUTTON_STYLES: Record<Density, ButtonStyles> = {
  comfortable: {
    primary: `${comfortable} bg-brand-700 text-white hover:bg-brand-800`,
    secondary: `${comfortable} border border-stone-300 bg-white text-ink hover:border-brand-600`,
    danger: `${comfortable} bg-red-700 text-white hover:bg-red-800`,
    quiet:
      "rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-ink hover:border-brand-600 disabled:cursor-not-allowed disabled:opacity-60",
  },
  compact: {
    primary: `${compact} bg-brand-700 text-white hover:bg-brand-800`,
    secondary: `${compact} border border-stone-300 bg-white text-ink hover:bg-stone-50`,
    danger: `${compact} bg-red-700 text-white hover:bg-red-800`,
    quiet:
      "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium hover:bg-stone-50 disabled:cursor-not-allowed disabled:opacity-50",
  },
};
