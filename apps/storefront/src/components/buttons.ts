// The shop's button looks, in one place so the cart, checkout and order pages read the same.

const base =
  "inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 font-medium transition disabled:cursor-not-allowed disabled:opacity-60";

export const primaryButton = `${base} bg-brand-700 text-white hover:bg-brand-800`;
export const secondaryButton = `${base} border border-stone-300 bg-white text-ink hover:border-brand-600`;
export const dangerButton = `${base} bg-red-700 text-white hover:bg-red-800`;
/** A quiet action inside a list row (remove, fix a quantity). */
export const rowButton =
  "rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-ink hover:border-brand-600 disabled:cursor-not-allowed disabled:opacity-60";
