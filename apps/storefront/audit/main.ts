import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { findWorkspaceRoot, loadTestConfig } from "@petshop/config";
import { launch } from "chrome-launcher";
import { startBuiltServer } from "../e2e/support/server";
import { gzipBytes } from "./first-load-js";
import { auditOnce, type LighthouseFigures } from "./lighthouse-run";
import { arrangePages } from "./pages";
import { CATEGORIES, kib, type PageFigures, shortfalls } from "./thresholds";

// `pnpm audit:pages`: Lighthouse (mobile preset) on the shop's key pages, served by the built
// server on a fresh embedded database. Builds nothing: run `pnpm build` first. Prints one row per
// page and exits 1 if any page falls short of audit/thresholds.ts.

/** Runs per page (`--runs N`); the run with the median performance score is reported, as Lighthouse advises. */
const { values: options } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const RUNS = Number(options.runs);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs wants a whole number of runs, not ${options.runs}`);

function medianRun(runs: LighthouseFigures[]): LighthouseFigures {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new Error("no Lighthouse run to report");
  return median;
}

const root = findWorkspaceRoot(process.cwd());
const reports = resolve("test-results/lighthouse");
mkdirSync(reports, { recursive: true });
const server = await startBuiltServer(resolve("test-results/audit-server.log"));
const chrome = await launch({
  chromePath: loadTestConfig().chromiumPath,
  chromeFlags: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
  ],
});
let failed = false;
try {
  const pages = await arrangePages(server.url);
  const header = [
    "page",
    ...CATEGORIES.map((c) => c.replace("best-practices", "BP")),
    "LCP ms",
    "TBT ms",
    "CLS",
    "JS gzip",
    "verdict",
  ];
  const rows: string[][] = [];
  for (const page of pages) {
    const runs: LighthouseFigures[] = [];
    for (let run = 0; run < RUNS; run++)
      runs.push(await auditOnce(`${server.url}${page.path}`, chrome.port, page.cookie));
    const median = medianRun(runs);
    const figures: PageFigures = { ...median, firstLoadJsGzip: gzipBytes(root, median.scripts) };
    const problems = shortfalls(page.app, figures);
    failed ||= problems.length > 0;
    rows.push([
      page.name,
      ...CATEGORIES.map((category) => String(figures.scores[category])),
      String(Math.round(figures.lcpMs)),
      String(Math.round(figures.tbtMs)),
      figures.cls.toFixed(3),
      kib(figures.firstLoadJsGzip),
      problems.length === 0 ? "ok" : problems.join("; "),
    ]);
    const report = resolve(reports, `${page.name.replaceAll(" ", "-")}.html`);
    writeFileSync(report, median.html);
    console.log(`audited ${page.name} (${page.path}) ${RUNS}×: ${report}`);
  }
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? "").length)),
  );
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  console.log(`\nLighthouse ${RUNS === 1 ? "" : `(median of ${RUNS} runs) `}mobile preset\n`);
  console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
} finally {
  chrome.kill();
  await server.stop();
}
if (failed) {
  console.error(
    "\npage audit failed: see the verdicts above (thresholds in apps/storefront/audit/thresholds.ts)",
  );
  process.exit(1);
}
