// The admin's button looks, in one place so every page's buttons read the same.

const base =
  "inline-flex items-center justify-center gap-1 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50";

export const primaryButton = `${base} bg-brand-700 text-white hover:bg-brand-800`;
export const secondaryButton = `${base} border border-stone-300 bg-white text-ink hover:bg-stone-50`;
export const dangerButton = `${base} bg-red-700 text-white hover:bg-red-800`;
/** For row actions in dense tables. */
export const smallButton =
  "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium hover:bg-stone-50 disabled:cursor-not-allowed disabled:opacity-50";
