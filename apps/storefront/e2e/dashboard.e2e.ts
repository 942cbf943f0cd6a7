import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser";
import { type RunningServer, startBuiltServer } from "./support/server";

// The staff dashboard in the built app: staff land on it after signing in and see its sections and
// the sales chart's words; a customer then places and pays for an order in the shop (the local
// payment provider), and the order shows on the dashboard as waiting to be fulfilled, one click
// from its page. Screenshots at desktop and phone width go to test-results/.

let server: RunningServer;
let browser: Browser;
let staff: Page;
const problems: string[] = [];

const email = `dashboard-e2e-${Date.now()}@example.test`;
/** "Order #12", as both the shop's order page and the dashboard's link name it. */
let orderName = "";

function watch(page: Page, who: string) {
  page.on("pageerror", (error) => problems.push(`${who} page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url } = message.location();
    problems.push(`${who}: ${message.text()}${url ? ` (${url})` : ""}`);
  });
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startBuiltServer(), launchChromium()]);
  staff = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(staff, "staff");
  mkdirSync("test-results", { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const staffMain = () => staff.getByRole("main");
const waitingList = () =>
  staffMain()
    .getByRole("heading", { level: 3, name: /^Paid, waiting to be fulfilled/ })
    .locator("xpath=ancestor::section[1]");

/** A new customer's order of the first animal on sale, paid on the local provider's page. */
async function placeAndPayAnOrder(page: Page) {
  const main = page.getByRole("main");
  await page.goto(`${server.url}/register`);
  await page.getByRole("heading", { name: "Create an account" }).waitFor();
  await page.getByLabel("Name", { exact: true }).fill("Dana Dashboard");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long pet-shop password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page
    .getByRole("navigation", { name: "Account" })
    .getByRole("link", { name: "Dana Dashboard" })
    .waitFor();

  await page.goto(server.url);
  await main
    .getByRole("button", { name: /^Add to cart: / })
    .first()
    .click();
  await page.getByRole("banner").getByRole("link", { name: "Cart, 1 item" }).click();
  await main.getByRole("link", { name: "Check out" }).click();
  await page.getByRole("heading", { level: 1, name: "Checkout" }).waitFor();
  await main.getByRole("button", { name: "Place order" }).click();
  await page.getByText("Thank you for your order!").waitFor();
  const orderPath = new URL(page.url()).pathname;

  await main.getByRole("button", { name: /^Pay €[\d,.]+$/ }).click();
  await page.waitForURL(/\/pay\/local\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await page.waitForURL(
    (url) => url.pathname === orderPath && url.searchParams.get("payment") === "returned",
  );
  await main.getByRole("heading", { level: 2, name: "Paid" }).waitFor();
  return (await main.getByRole("heading", { level: 1 }).textContent()) ?? "";
}

describe("the staff dashboard in Chromium", () => {
  it("is where staff land after signing in, with its sections and the chart in words", async () => {
    await staff.goto(`${server.url}/admin/`);
    await staff.getByLabel("Email").fill("admin@petshop.localhost");
    await staff.getByLabel("Password").fill("demo-admin-2026!");
    await staff.getByRole("button", { name: "Sign in" }).click();

    await staffMain().getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    const nav = staff.getByRole("navigation", { name: "Staff sections" });
    expect(await nav.getByRole("link").first().textContent()).toBe("Dashboard");
    for (const name of ["Sales", "Needs attention", "Sales by species", "Low stock"]) {
      await staffMain().getByRole("heading", { level: 2, name, exact: true }).waitFor();
    }
    const chart = staffMain().getByRole("img", { name: /^Net sales by day, .+ to .+: / });
    await chart.waitFor();
    // recharts arrives in its own chunk and draws in the box reserved for it.
    await chart.locator("svg.recharts-surface").waitFor();
    const box = await chart.boundingBox();
    expect(box?.height).toBe(256);
    expect(await waitingList().getByText("Every paid order has been fulfilled.").count()).toBe(1);
  });

  it("lists a paid order as waiting to be fulfilled, linking to its page", async () => {
    const shopper = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch(shopper, "customer");
    orderName = await placeAndPayAnOrder(shopper);
    expect(orderName).toMatch(/^Order #\d+$/);
    await shopper.close();

    await staff.reload();
    const link = waitingList().getByRole("link", { name: orderName, exact: true });
    await link.waitFor();
    expect(await waitingList().getByRole("heading").textContent()).toBe(
      "Paid, waiting to be fulfilled: 1 order",
    );
    // The sale is in today's figures and in the chart's words.
    const chart = staffMain().getByRole("img", { name: /from 1 order\./ });
    await chart.locator("svg.recharts-surface").waitFor();

    await staff.screenshot({ path: "test-results/admin-dashboard.png", fullPage: true });
    // Pointing at today's bar shows its gross, refunds and net.
    await chart.locator(".recharts-bar-rectangle").last().hover();
    const tooltip = chart.locator(".recharts-tooltip-wrapper");
    for (const figure of ["Gross", "Refunds", "Net"])
      await tooltip.getByText(figure, { exact: true }).waitFor();
    await chart.screenshot({ path: "test-results/admin-dashboard-tooltip.png" });
    await staff.setViewportSize({ width: 390, height: 844 });
    await staffMain()
      .getByRole("img", { name: /^Net sales by day/ })
      .locator("svg.recharts-surface")
      .waitFor();
    await staff.screenshot({ path: "test-results/admin-dashboard-phone.png", fullPage: true });
    await staff.setViewportSize({ width: 1280, height: 900 });

    await link.click();
    await staff.waitForURL(/\/admin\/orders\/[0-9a-f-]{36}$/);
    await staff.getByRole("heading", { level: 2, name: "Status: Paid" }).waitFor();
    expect(await staffMain().getByRole("heading", { level: 1 }).textContent()).toBe(orderName);
  });

  it("keeps the chosen range in the address", async () => {
    await staff.goto(`${server.url}/admin/`);
    await staffMain().getByText("Last 12 months").click();
    await staffMain()
      .getByRole("img", { name: /^Net sales by month, / })
      .waitFor();
    expect(new URL(staff.url()).search).toBe("?range=12m");
  });

  it("ran without page or console errors", () => {
    expect(problems).toEqual([]);
  });
});
