import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { test } from "./support/fixtures";
import { answerPayment, fulfilPaidOrders, placeOrder } from "./support/shop-data";

// The staff dashboard in the built app: staff land on it and see its sections and the sales chart's
// words; a customer's paid order shows on it as waiting to be fulfilled, one click from its page.
// Screenshots at desktop and phone width go to test-results/. Other tests' orders share the
// database, so these first fulfil every paid order waiting (test files run one at a time, see
// vitest.e2e.config.ts) and count today's sales before and after their own.

const main = (page: Page) => page.getByRole("main");
const waitingList = (page: Page) =>
  main(page)
    .getByRole("heading", { level: 3, name: /^Paid, waiting to be fulfilled/ })
    .locator("xpath=ancestor::section[1]");
const salesChart = (page: Page) => main(page).getByRole("img", { name: /^Net sales by day, .+ to .+: / });

/** How many orders the chart's words say were sold over its days ("… from 3 orders." or "… no sales."). */
async function ordersInChart(page: Page): Promise<number> {
  const snapshot = await salesChart(page).ariaSnapshot();
  return Number(/from (\d+) orders?\./.exec(snapshot)?.[1] ?? 0);
}

describe("the staff dashboard in Chromium", () => {
  test("is where staff land, with its sections and the chart in words", async ({ staff }) => {
    await fulfilPaidOrders(staff.api);
    const { page } = staff;
    await page.goto("/admin/");

    await main(page).getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    const nav = page.getByRole("navigation", { name: "Staff sections" });
    expect(await nav.getByRole("link").first().textContent()).toBe("Dashboard");
    for (const name of ["Sales", "Needs attention", "Sales by species", "Low stock"]) {
      await main(page).getByRole("heading", { level: 2, name, exact: true }).waitFor();
    }
    await salesChart(page).waitFor();
    // recharts arrives in its own chunk and draws in the box reserved for it.
    await salesChart(page).locator("svg.recharts-surface").waitFor();
    const box = await salesChart(page).boundingBox();
    expect(box?.height).toBe(256);
    expect(await waitingList(page).getByText("Every paid order has been fulfilled.").count()).toBe(1);
  });

  test("lists a paid order as waiting to be fulfilled, linking to its page", async ({ staff, account }) => {
    const { page } = staff;
    await fulfilPaidOrders(staff.api);
    await page.goto("/admin/");
    await salesChart(page).locator("svg.recharts-surface").waitFor();
    const soldBefore = await ordersInChart(page);

    const order = await placeOrder(account, 1);
    await answerPayment(account.session, order.id, "pay");

    await page.reload();
    const link = waitingList(page).getByRole("link", { name: order.title, exact: true });
    await link.waitFor();
    expect(await waitingList(page).getByRole("heading").textContent()).toBe(
      "Paid, waiting to be fulfilled: 1 order",
    );
    // The sale is in today's figures and in the chart's words.
    const sold = soldBefore + 1;
    const chart = main(page).getByRole("img", { name: new RegExp(`from ${sold} orders?\\.`) });
    await chart.locator("svg.recharts-surface").waitFor();

    await page.screenshot({ path: "test-results/admin-dashboard.png", fullPage: true });
    // Pointing at today's bar shows its gross, refunds and net.
    await chart.locator(".recharts-bar-rectangle").last().hover();
    const tooltip = chart.locator(".recharts-tooltip-wrapper");
    for (const figure of ["Gross", "Refunds", "Net"])
      await tooltip.getByText(figure, { exact: true }).waitFor();
    await chart.screenshot({ path: "test-results/admin-dashboard-tooltip.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await salesChart(page).locator("svg.recharts-surface").waitFor();
    await page.screenshot({ path: "test-results/admin-dashboard-phone.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await link.click();
    await page.waitForURL(/\/admin\/orders\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 2, name: "Status: Paid" }).waitFor();
    expect(await main(page).getByRole("heading", { level: 1 }).textContent()).toBe(order.title);
  });

  test("keeps the chosen range in the address", async ({ staff }) => {
    const { page } = staff;
    await page.goto("/admin/");
    await main(page).getByText("Last 12 months").click();
    await main(page)
      .getByRole("img", { name: /^Net sales by month, / })
      .waitFor();
    expect(new URL(page.url()).search).toBe("?range=12m");
  });
});
