import type { BrowserContext, Page } from "playwright-core";
import { test as base, expect, inject } from "vitest";
import { seriousViolations } from "./accessibility";
import { apiSession, registerCustomer } from "./api";
import { launchChromium } from "./browser";
import type { StorageState } from "./cookies";
import { PageProblems } from "./page-problems";
import { answerPayment, placeOrder } from "./shop-data";

// The browser tests' fixtures. Every test gets its own browser context (cookies, cart, session), so
// none depends on what another did; a test names what it needs and gets it ready:
//
//   shop          the server's URL and log (one server for the run, see global-setup.ts)
//   pageProblems  page errors, console errors and failed requests; the test fails if any appear
//                 (and every page a test leaves open is checked with axe as it ends: see
//                 accessibility.ts)
//   newPage       newPage(who, storageState?): another page in a context of its own, e.g. a visitor
//                 whose cart was filled through the API
//   page          an anonymous visitor's page
//   staffApi      an API client signed in as the demo admin, from the session stored at start-up
//   staff         that client and a page that starts signed in with the same session
//   account       a new customer account, signed in through the API (no page)
//   customer      that account with a page that starts signed in
//   placedOrder   the customer's pickup order of two animals, awaiting payment
//   paidOrder     the customer's order of one animal, paid on the local payment page

/** Desktop width; tests that look at phones resize. */
const VIEWPORT = { width: 1280, height: 900 };

export const test = base
  .extend("shop", { scope: "file" }, () => ({ url: inject("shopUrl"), logFile: inject("shopLogFile") }))
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  .extend("browser", { scope: "file" }, async ({}, { onCleanup }) => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  .extend("pageProblems", async ({}, { onCleanup }) => {
    const problems = new PageProblems();
    // Set up before any page, so torn down after every page has closed.
    onCleanup(() => {
      expect(problems.unexpected(), "page errors, console errors or failed requests").toEqual([]);
    });
    return problems;
  })
  .extend("newPage", async ({ browser, shop, pageProblems }, { onCleanup }) => {
    const contexts: BrowserContext[] = [];
    onCleanup(async () => {
      const violations: string[] = [];
      for (const context of contexts) {
        for (const open of context.pages()) violations.push(...(await seriousViolations(open)));
        await context.close();
      }
      expect(violations, "serious or critical accessibility violations").toEqual([]);
    });
    /** A page in a browser context of its own, holding the cookies of `storageState` if given. */
    return async (who: string, storageState?: StorageState): Promise<Page> => {
      const context = await browser.newContext({
        baseURL: shop.url,
        viewport: VIEWPORT,
        ...(storageState ? { storageState } : {}),
      });
      contexts.push(context);
      const page = await context.newPage();
      pageProblems.watch(page, who);
      return page;
    };
  })
  .extend("page", ({ newPage }) => newPage("visitor"))
  .extend("staffApi", ({ shop }) => apiSession(shop.url, inject("staffSession")).client)
  .extend("staff", async ({ staffApi, newPage }) => ({
    api: staffApi,
    page: await newPage("staff", inject("staffSession")),
  }))
  .extend("account", ({ shop }) => registerCustomer(shop.url))
  .extend("customer", async ({ account, newPage }) => ({
    ...account,
    page: await newPage("customer", account.session.storageState()),
  }))
  .extend("placedOrder", ({ account }) => placeOrder(account, 2))
  .extend("paidOrder", async ({ account }) => {
    const order = await placeOrder(account, 1);
    await answerPayment(account.session, order.id, "pay");
    return order;
  });
