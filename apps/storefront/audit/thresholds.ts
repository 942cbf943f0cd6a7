// What the audited pages must reach under Lighthouse's mobile preset. Two levels:
// - TARGET is the promise of issue 12 to a customer on a phone; `pnpm audit:pages` fails under it.
// - FLOOR is what the pages reach today less this machine's noise; CI runs `--floor`, so a change
//   that makes a page slower, heavier or less accessible fails CI, while the pages climb to the
//   target. Raise the floor as they do (docs/decisions/016-first-load.md has the history).

export interface Thresholds {
  /** Lighthouse category scores, 0–100. */
  performance: number;
  accessibility: number;
  "best-practices": number;
  seo: number;
  /** Largest contentful paint, milliseconds. */
  lcpMs: number;
  /** Cumulative layout shift. */
  cls: number;
  /** Total blocking time, milliseconds. */
  tbtMs: number;
  /** First-load JavaScript, gzip bytes, per app: everything a first visit to one of its pages runs. */
  firstLoadJsGzip: Record<App, number>;
}

export type App = "storefront" | "admin";
export type Category = "performance" | "accessibility" | "best-practices" | "seo";
export const CATEGORIES: readonly Category[] = ["performance", "accessibility", "best-practices", "seo"];

export const TARGET: Thresholds = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
  lcpMs: 2_000,
  cls: 0.02,
  tbtMs: 100,
  firstLoadJsGzip: { storefront: 110 * 1024, admin: 140 * 1024 },
};

// Timings on this shared 2-core machine swing widely between runs (TBT on the home page: 266 to
// 528 ms in one afternoon), so their floors are loose; scores other than performance, layout shift
// and bytes do not swing, so theirs are tight.
export const FLOOR: Thresholds = {
  performance: 75,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
  lcpMs: 3_500,
  cls: 0.02,
  tbtMs: 800,
  // 84–90 KiB and 114 KiB since both apps build on Preact (decision 024).
  firstLoadJsGzip: { storefront: 100 * 1024, admin: 125 * 1024 },
};

export interface PageFigures {
  scores: Record<Category, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  firstLoadJsGzip: number;
}

/**
 * Every way `figures` falls short of `limits`, in words; empty when the page meets them all.
 * `skip` names categories that do not apply to the page (staff pages ask not to be indexed).
 */
export function shortfalls(
  app: App,
  figures: PageFigures,
  limits: Thresholds,
  skip: readonly Category[] = [],
): string[] {
  const problems: string[] = [];
  for (const category of CATEGORIES) {
    if (!skip.includes(category) && figures.scores[category] < limits[category]) {
      problems.push(`${category} ${figures.scores[category]} < ${limits[category]}`);
    }
  }
  if (figures.lcpMs > limits.lcpMs) problems.push(`LCP ${Math.round(figures.lcpMs)} ms > ${limits.lcpMs} ms`);
  if (figures.cls > limits.cls) problems.push(`CLS ${figures.cls.toFixed(3)} > ${limits.cls}`);
  if (figures.tbtMs > limits.tbtMs) problems.push(`TBT ${Math.round(figures.tbtMs)} ms > ${limits.tbtMs} ms`);
  const budget = limits.firstLoadJsGzip[app];
  if (figures.firstLoadJsGzip > budget) {
    problems.push(`first-load JS ${kib(figures.firstLoadJsGzip)} > ${kib(budget)}`);
  }
  return problems;
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
