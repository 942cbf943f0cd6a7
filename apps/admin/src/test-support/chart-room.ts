import { afterEach, beforeEach, vi } from "vitest";

/**
 * happy-dom lays nothing out, so recharts' ResponsiveContainer would measure its box as 0×0, draw
 * nothing and warn. Call at the top of a test file whose pages hold charts: every element then
 * measures 800×256, enough to draw. Tests still read a chart's words and table, not its drawing.
 */
export function letChartsDraw() {
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, 800, 256));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}
