import { useTRPC } from "@petshop/client/react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { RangePreset } from "./range-presets";
import { dayIn, salesInputOf } from "./sales-range";

/**
 * The shop's time zone until the server says otherwise: SHOP_TIME_ZONE's default. The API has no
 * "today", so the browser works it out; every sales answer names the zone its days are in, and a
 * different one is used from then on (one extra request, only on a shop configured elsewhere).
 */
const ASSUMED_SHOP_TIME_ZONE = "Europe/Dublin";

/** Sales by period and by species over `preset` ending today in the shop's time zone. */
export function useSalesReports(preset: RangePreset) {
  const trpc = useTRPC();
  const [timeZone, setTimeZone] = useState(ASSUMED_SHOP_TIME_ZONE);
  const input = salesInputOf(preset, dayIn(timeZone, new Date()));
  const periods = useQuery(
    // The old figures stay while another range loads, so the chart does not collapse and regrow.
    trpc.reports.sales.queryOptions(input, { placeholderData: keepPreviousData }),
  );
  const species = useQuery(
    trpc.reports.sales.queryOptions({ ...input, by: "species" }, { placeholderData: keepPreviousData }),
  );
  // Adjusting state while rendering, as React advises for a value learnt from a previous render.
  const answeredZone = periods.data?.timeZone;
  if (answeredZone && answeredZone !== timeZone) setTimeZone(answeredZone);
  return { periods, species };
}

export type SalesReportQuery = ReturnType<typeof useSalesReports>["periods"];
