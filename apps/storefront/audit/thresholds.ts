// What every audited page must reach under Lighthouse's mobile preset (issue 12), and the budgets
// for the JavaScript a first visit downloads. The figures are the shop's promise to a customer on a
// phone; change them only with a decision record.

export const SCORE_MINIMUMS = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
} as const;

export type Category = keyof typeof SCORE_MINIMUMS;
export const CATEGORIES = Object.keys(SCORE_MINIMUMS) as Category[];

export const METRIC_MAXIMUMS = {
  /** Largest contentful paint, milliseconds. */
  lcpMs: 2_000,
  /** Cumulative layout shift. */
  cls: 0.02,
  /** Total blocking time, milliseconds. */
  tbtMs: 100,
} as const;

/** First-load JavaScript, gzip bytes, per app: everything a first visit to one of its pages runs. */
export const FIRST_LOAD_JS_BUDGET = { storefront: 110 * 1024, admin: 140 * 1024 } as const;

export type App = keyof typeof FIRST_LOAD_JS_BUDGET;

export interface PageFigures {
  scores: Record<Category, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  firstLoadJsGzip: number;
}

/** Every way `figures` falls short, in words; empty when the page meets them all. */
export function shortfalls(app: App, figures: PageFigures): string[] {
  const problems: string[] = [];
  for (const category of CATEGORIES) {
    if (figures.scores[category] < SCORE_MINIMUMS[category]) {
      problems.push(`${category} ${figures.scores[category]} < ${SCORE_MINIMUMS[category]}`);
    }
  }
  if (figures.lcpMs > METRIC_MAXIMUMS.lcpMs)
    problems.push(`LCP ${Math.round(figures.lcpMs)} ms > ${METRIC_MAXIMUMS.lcpMs} ms`);
  if (figures.cls > METRIC_MAXIMUMS.cls)
    problems.push(`CLS ${figures.cls.toFixed(3)} > ${METRIC_MAXIMUMS.cls}`);
  if (figures.tbtMs > METRIC_MAXIMUMS.tbtMs)
    problems.push(`TBT ${Math.round(figures.tbtMs)} ms > ${METRIC_MAXIMUMS.tbtMs} ms`);
  const budget = FIRST_LOAD_JS_BUDGET[app];
  if (figures.firstLoadJsGzip > budget) {
    problems.push(`first-load JS ${kib(figures.firstLoadJsGzip)} > ${kib(budget)} (gzip)`);
  }
  return problems;
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
