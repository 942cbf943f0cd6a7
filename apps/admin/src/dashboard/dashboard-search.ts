import { z } from "zod";
import { RANGE_PRESETS, type RangePreset } from "./sales-range";

/** What the dashboard shows without a choice in its URL. */
export const DEFAULT_RANGE: RangePreset = "30d";

/**
 * The dashboard's URL: `/?range=12w`, so a chosen range survives a visit to an order and can be
 * shared. The default is left out of the URL, and a value the page does not know falls back to it.
 */
export const dashboardSearch = z.object({
  range: z.enum(RANGE_PRESETS).optional().catch(undefined),
});
export type DashboardSearch = z.output<typeof dashboardSearch>;
