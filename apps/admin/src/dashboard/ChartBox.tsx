import type { ReactNode } from "react";

const box = "h-64 w-full";

/**
 * The chart's fixed-height box, an image to assistive technology named by `label`. The skeleton,
 * the lazily loaded chart and the drawn chart all fill the same box, so nothing below moves while
 * the page loads.
 */
export function ChartBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="img" aria-label={label} className={box}>
      {children}
    </div>
  );
}

/** A grey block of the chart's size, where a chart will be. */
export function ChartSkeleton() {
  return <div aria-hidden="true" className={`${box} animate-pulse rounded-md bg-stone-100`} />;
}
