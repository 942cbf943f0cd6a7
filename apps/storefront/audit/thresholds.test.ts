import { describe, expect, it } from "vitest";
import { type PageFigures, shortfalls, TARGETS } from "./thresholds";

const fast: PageFigures = {
  scores: { performance: 97, accessibility: 100, "best-practices": 100, seo: 100 },
  lcpMs: 1_800,
  cls: 0.001,
  tbtMs: 60,
  firstLoadJsGzip: 100 * 1024,
};

describe("the audit's verdict", () => {
  it("passes a page that meets every target", () => {
    expect(shortfalls(fast, TARGETS.storefront)).toEqual([]);
  });

  it("names each shortfall, with the figure and the limit", () => {
    const slow = {
      ...fast,
      scores: { ...fast.scores, seo: 92 },
      lcpMs: 2_480,
      cls: 0.2,
      tbtMs: 140,
      firstLoadJsGzip: 141 * 1024,
    };
    expect(shortfalls(slow, TARGETS.storefront)).toEqual([
      "seo 92 < 100",
      "LCP 2480 ms > 2000 ms",
      "CLS 0.200 > 0.02",
      "TBT 140 ms > 100 ms",
      "first-load JS 141.0 KiB > 110.0 KiB",
    ]);
  });

  it("holds each app to its own target", () => {
    const staffPage = {
      ...fast,
      scores: { ...fast.scores, performance: 90 },
      lcpMs: 2_900,
      firstLoadJsGzip: 120 * 1024,
    };
    expect(shortfalls(staffPage, TARGETS.admin)).toEqual([]);
    expect(shortfalls(staffPage, TARGETS.storefront)).toEqual([
      "performance 90 < 95",
      "LCP 2900 ms > 2000 ms",
      "first-load JS 120.0 KiB > 110.0 KiB",
    ]);
  });

  it("leaves out a category that does not apply to the page", () => {
    const unindexed = { ...fast, scores: { ...fast.scores, seo: 54 } };
    expect(shortfalls(unindexed, TARGETS.admin, ["seo"])).toEqual([]);
  });
});
