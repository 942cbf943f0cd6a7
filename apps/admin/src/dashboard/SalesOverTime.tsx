import { LoadFailure } from "./LoadFailure";
import { Panel } from "./Panel";
import { RangePicker } from "./RangePicker";
import type { RangePreset } from "./range-presets";
import { SalesChart, SalesChartSkeleton, usePreloadedChart } from "./SalesChart";
import { SalesTotals } from "./SalesTotals";
import type { SalesReportQuery } from "./useSalesReports";

interface SalesOverTimeProps {
  query: SalesReportQuery;
  range: RangePreset;
  onRangeChange: (range: RangePreset) => void;
}

/** Sales totals and net sales per period over the chosen range. */
export function SalesOverTime({ query, range, onRangeChange }: SalesOverTimeProps) {
  usePreloadedChart();
  const report = query.data;
  const updating = query.isPlaceholderData && query.isFetching;
  return (
    <Panel
      title="Sales"
      busy={query.isPending || updating}
      aside={<RangePicker value={range} onChange={onRangeChange} />}
    >
      {query.isError && !report ? (
        <LoadFailure what="The sales" onRetry={() => query.refetch()} />
      ) : (
        // Old figures are dimmed while another range loads over them.
        <div className={`flex flex-col gap-3 transition-opacity ${updating ? "opacity-60" : ""}`}>
          <SalesTotals report={report} />
          {report ? <SalesChart report={report} /> : <SalesChartSkeleton />}
        </div>
      )}
    </Panel>
  );
}
