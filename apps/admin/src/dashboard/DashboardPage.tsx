import { getRouteApi } from "@tanstack/react-router";
import { AttentionLists } from "./AttentionLists";
import { DEFAULT_RANGE } from "./dashboard-search";
import { LowStockList } from "./LowStockList";
import type { RangePreset } from "./range-presets";
import { SalesOverTime } from "./SalesOverTime";
import { SpeciesSales } from "./SpeciesSales";
import { useSalesReports } from "./useSalesReports";

const route = getRouteApi("/");

/**
 * Where staff land: how sales are going (the chart's box is reserved while it loads, so it goes
 * first), what needs doing now, and what is running out. Built only on the reports procedures.
 */
export function DashboardPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const range = search.range ?? DEFAULT_RANGE;
  const sales = useSalesReports(range);
  // Choosing a range replaces the history entry: Back leaves the dashboard rather than stepping
  // through ranges. The default stays out of the URL.
  const chooseRange = (next: RangePreset) =>
    navigate({ search: { range: next === DEFAULT_RANGE ? undefined : next }, replace: true });

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">Dashboard</h1>
      <SalesOverTime query={sales.periods} range={range} onRangeChange={chooseRange} />
      <AttentionLists />
      <div className="grid items-start gap-4 lg:grid-cols-2">
        <SpeciesSales query={sales.species} range={range} />
        <LowStockList />
      </div>
    </div>
  );
}
