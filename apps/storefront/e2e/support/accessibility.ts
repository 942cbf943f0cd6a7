import axe from "axe-core";
import type { Page } from "playwright-core";

// axe on what a test's pages show: WCAG 2.1 A and AA and axe's best practices. A serious or
// critical violation fails the test that showed it. Injected through the DevTools protocol
// (`page.evaluate`), which the shop's Content-Security-Policy rightly does not allow for a
// <script> tag.

declare global {
  interface Window {
    axe: typeof axe;
  }
}

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** The serious and critical violations on `page` as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (page.isClosed() || !page.url().startsWith("http")) return [];
  await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async (tags) =>
      (await window.axe.run(document, { runOnly: { type: "tag", values: tags } })).violations.map(
        (violation) => ({
          id: violation.id,
          impact: violation.impact ?? null,
          help: violation.help,
          targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
        }),
      ),
    TAGS,
  );
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${new URL(page.url()).pathname}: ${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.join(", ")}`,
    );
}
