import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { launchChromium } from "../e2e/support/browser";
import { startBuiltServer } from "../e2e/support/server";
import { type AuditedPage, arrangePages } from "./pages";

// `pnpm screenshots`: the audited pages, and checkout, as a phone (390 px) and a laptop (1280 px)
// show them, from the built server on a fresh embedded database; for a person to look at after a
// change to layout or speed. Writes test-results/screenshots/<page>-<width>.png (full pages).

const WIDTHS = [
  { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true },
  { width: 1280, height: 900, deviceScaleFactor: 1, isMobile: false },
] as const;

const folder = resolve("test-results/screenshots");
mkdirSync(folder, { recursive: true });
const server = await startBuiltServer(resolve("test-results/screenshots-server.log"));
const browser = await launchChromium();
try {
  const audited = await arrangePages(server.url);
  // Checkout, as the customer whose cart is filled sees it.
  const cart = audited.find((page) => page.name === "cart");
  if (!cart) throw new Error("the audited pages have no cart to check out");
  const pages: AuditedPage[] = [...audited, { ...cart, name: "checkout", path: "/checkout" }];
  for (const page of pages) {
    for (const { width, height, deviceScaleFactor, isMobile } of WIDTHS) {
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width, height },
        deviceScaleFactor,
        isMobile,
        ...(page.storageState ? { storageState: page.storageState } : {}),
      });
      const tab = await context.newPage();
      await tab.goto(page.path);
      // The page is done when its heading has settled and nothing is still loading.
      await tab.getByRole("heading", { level: 1 }).first().waitFor();
      await tab.waitForLoadState("networkidle");
      const file = resolve(folder, `${page.name.replaceAll(" ", "-")}-${width}.png`);
      await tab.screenshot({ path: file, fullPage: true });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
