import * as z from "zod/mini";
import { RANGE_PRESETS, type RangePreset } from "./range-presets";

// Read by the router on every first load, so zod/mini rather than zod: classic zod's API would
// come along with it.

/** What the dashboard shows without a choice in its URL. */
export const DEFAULT_RANGE: RangePreset = "30d";

/**
 * The dashboard's URL: `/?range=12w`, so a chosen range survives a visit to an order and can be
 * shared. The default is left out of the URL, and a value the page does not know falls back to it.
 */
export const dashboardSearch = z.object({
  range: z.catch(z.optional(z.enum(RANGE_PRESETS)), undefined),
});
export type DashboardSearch = z.output<typeof dashboardSearch>;
