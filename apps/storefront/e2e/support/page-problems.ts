import type { Page } from "playwright-core";

/**
 * What went wrong in a test's pages that no step looks at: uncaught script errors, console errors
 * (CSP violations among them) and failed requests. The fixtures fail the test if any remain.
 */
export class PageProblems {
  readonly #seen: string[] = [];
  readonly #allowed: RegExp[] = [];

  watch(page: Page, who: string) {
    page.on("pageerror", (error) => this.#seen.push(`${who}: page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const { url } = message.location();
      this.#seen.push(`${who}: console: ${message.text()}${url ? ` (${url})` : ""}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400)
        this.#seen.push(`${who}: ${response.status()} ${response.request().method()} ${response.url()}`);
    });
  }

  /** A problem the test causes on purpose, e.g. the 401 a wrong password gets. */
  allow(pattern: RegExp) {
    this.#allowed.push(pattern);
  }

  unexpected(): string[] {
    return this.#seen.filter((problem) => !this.#allowed.some((pattern) => pattern.test(problem)));
  }
}
