import lighthouse from "lighthouse";
import { CATEGORIES, type Category } from "./thresholds";

// One Lighthouse run on one page, reduced to the figures the audit judges. Lighthouse's default
// configuration is the mobile preset: a mid-range phone's screen, a 4x slower CPU and a slow 4G
// network, simulated from what the page did on this machine.

export interface LighthouseFigures {
  scores: Record<Category, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** URLs of every script the page loaded. */
  scripts: string[];
  /** The whole report as HTML, for a person to read what a figure is made of. */
  html: string;
}

/** Audits `url` in the Chromium listening for DevTools on `port`, sending `cookie` with every request. */
export async function auditOnce(url: string, port: number, cookie?: string): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port,
    output: "html",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr, report } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const metric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse measured no ${id} on ${url}`);
    return value;
  };
  const requests = lhr.audits["network-requests"]?.details;
  const scripts =
    requests?.type === "table"
      ? requests.items.filter((item) => item.resourceType === "Script").map((item) => String(item.url))
      : [];
  return {
    scores,
    lcpMs: metric("largest-contentful-paint"),
    cls: metric("cumulative-layout-shift"),
    tbtMs: metric("total-blocking-time"),
    scripts,
    html: Array.isArray(report) ? report.join("") : report,
  };
}
