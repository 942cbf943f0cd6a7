import { describe, expect, it } from "vitest";
import { FLOOR, type PageFigures, shortfalls, TARGET } from "./thresholds";

const fast: PageFigures = {
  scores: { performance: 97, accessibility: 100, "best-practices": 100, seo: 100 },
  lcpMs: 1_800,
  cls: 0.001,
  tbtMs: 60,
  firstLoadJsGzip: 100 * 1024,
};

describe("the audit's verdict", () => {
  it("passes a page that meets every target", () => {
    expect(shortfalls("storefront", fast, TARGET)).toEqual([]);
  });

  it("names each shortfall, with the figure and the limit", () => {
    const slow = {
      ...fast,
      scores: { ...fast.scores, seo: 92 },
      lcpMs: 2_480,
      cls: 0.2,
      firstLoadJsGzip: 141 * 1024,
    };
    expect(shortfalls("storefront", slow, TARGET)).toEqual([
      "seo 92 < 100",
      "LCP 2480 ms > 2000 ms",
      "CLS 0.200 > 0.02",
      "first-load JS 141.0 KiB > 110.0 KiB",
    ]);
  });

  it("holds each app to its own JavaScript budget", () => {
    const heavy = { ...fast, firstLoadJsGzip: 120 * 1024 };
    expect(shortfalls("admin", heavy, TARGET)).toEqual([]);
    expect(shortfalls("storefront", heavy, TARGET)).toHaveLength(1);
  });

  it("leaves out a category that does not apply to the page", () => {
    const unindexed = { ...fast, scores: { ...fast.scores, seo: 54 } };
    expect(shortfalls("admin", unindexed, TARGET, ["seo"])).toEqual([]);
  });

  it("keeps the floor at or below every target", () => {
    expect(FLOOR.performance).toBeLessThanOrEqual(TARGET.performance);
    expect(FLOOR.lcpMs).toBeGreaterThanOrEqual(TARGET.lcpMs);
    expect(FLOOR.tbtMs).toBeGreaterThanOrEqual(TARGET.tbtMs);
    expect(FLOOR.cls).toBeGreaterThanOrEqual(TARGET.cls);
  });
});
