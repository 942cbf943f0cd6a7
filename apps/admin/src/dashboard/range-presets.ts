// The dashboard's ranges by name, apart from their arithmetic (sales-range.ts): the router reads
// these on every first load, the arithmetic only the dashboard needs.

export const RANGE_PRESETS = ["30d", "12w", "12m"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
