import { lazy, Suspense, useEffect } from "react";
import { ChartBox, ChartSkeleton } from "./ChartBox";
import { SalesTable } from "./SalesTable";
import { type SalesReport, salesSummary } from "./sales-words";

// recharts is loaded with the dashboard, not with the app: other pages never pay for it.
const loadChart = () => import("./SalesBarChart");
const SalesBarChart = lazy(() => loadChart().then((module) => ({ default: module.SalesBarChart })));

/** Starts loading the chart's code at once, so it arrives alongside the figures, not after them. */
export function usePreloadedChart() {
  useEffect(() => {
    // A failure here is shown where the chart itself asks for the code.
    loadChart().catch(() => undefined);
  }, []);
}

const chartStack = "flex flex-col gap-2";
/** The "Show the figures" line's height, kept while loading so the page below does not move. */
const detailsLine = "min-h-5";

/** The chart's place while the first figures load: the same box and the same line under it. */
export function SalesChartSkeleton() {
  return (
    <div className={chartStack}>
      <ChartSkeleton />
      <p role="status" className={`${detailsLine} text-sm text-muted`}>
        Loading the sales…
      </p>
    </div>
  );
}

/**
 * Net sales per period as a chart, for people who can see it; a sentence (the chart's label) and
 * the full table for those who cannot, or who want the exact figures.
 */
export function SalesChart({ report }: { report: SalesReport }) {
  const summary = salesSummary(report);
  return (
    <div className={chartStack}>
      <ChartBox label={summary}>
        {/* The skeleton fills the box while recharts loads. */}
        <Suspense fallback={<ChartSkeleton />}>
          <SalesBarChart report={report} />
        </Suspense>
      </ChartBox>
      <details className={`${detailsLine} text-sm`}>
        <summary className="cursor-pointer rounded text-brand-700 hover:underline">
          Show the figures as a table
        </summary>
        <div className="mt-2">
          <SalesTable report={report} caption={summary} />
        </div>
      </details>
    </div>
  );
}
