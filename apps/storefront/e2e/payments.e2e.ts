import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser";
import { type RunningServer, startBuiltServer } from "./support/server";

// Paying for an order in the built shop, on the embedded default (the local payment provider): a
// customer places an order, presses Pay, declines on the shop's own payment page and comes back to
// an order still awaiting payment; pays again, and comes back to it paid.

let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const email = `payments-e2e-${Date.now()}@example.test`;

beforeAll(async () => {
  [server, browser] = await Promise.all([startBuiltServer(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url } = message.location();
    problems.push(`${message.text()}${url ? ` (${url})` : ""}`);
  });
  mkdirSync("test-results", { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const main = () => page.getByRole("main");
const header = () => page.getByRole("banner");
const payButton = () => main().getByRole("button", { name: /^Pay €[\d,.]+$/ });
/** "/account/orders/<id>", where the payment page sends the customer back to. */
let orderPath = "";

describe("paying for an order in Chromium", () => {
  it("places an order as a new customer", async () => {
    await page.goto(`${server.url}/register`);
    await page.getByRole("heading", { name: "Create an account" }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill("Percy Payer");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long pet-shop password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page
      .getByRole("navigation", { name: "Account" })
      .getByRole("link", { name: "Percy Payer" })
      .waitFor();

    await page.goto(server.url);
    await main()
      .getByRole("button", { name: /^Add to cart: / })
      .first()
      .click();
    await header().getByRole("link", { name: "Cart, 1 item" }).click();
    await main().getByRole("link", { name: "Check out" }).click();
    await page.getByRole("heading", { level: 1, name: "Checkout" }).waitFor();
    await main().getByRole("button", { name: "Place order" }).click();
    await page.getByText("Thank you for your order!").waitFor();
    orderPath = new URL(page.url()).pathname;
    expect(orderPath).toMatch(/^\/account\/orders\/[0-9a-f-]{36}$/);
  });

  it("presses Pay, declines on the payment page, and may pay again", async () => {
    const total = ((await payButton().textContent()) ?? "").replace(/^Pay /, "");
    await payButton().click();
    await page.waitForURL(/\/pay\/local\/[0-9a-f-]{36}$/);
    await page.getByText(total, { exact: true }).waitFor();
    await page.screenshot({ path: "test-results/local-payment.png" });

    await page.getByRole("button", { name: "Decline" }).click();
    await page.waitForURL(
      (url) => url.pathname === orderPath && url.searchParams.get("payment") === "cancelled",
    );
    await main().getByText("Your payment was not completed").waitFor();
    await main().getByRole("heading", { level: 2, name: "Awaiting payment" }).waitFor();
    await payButton().waitFor();
    await page.screenshot({ path: "test-results/payment-not-completed.png", fullPage: true });
  });

  it("pays on a fresh payment page and comes back to the order paid", async () => {
    await payButton().click();
    await page.waitForURL(/\/pay\/local\/[0-9a-f-]{36}$/);
    await page.getByRole("button", { name: "Pay", exact: true }).click();
    await page.waitForURL(
      (url) => url.pathname === orderPath && url.searchParams.get("payment") === "returned",
    );
    await main().getByText("Payment received, thank you").waitFor();
    await main().getByRole("heading", { level: 2, name: "Paid" }).waitFor();
    expect(await payButton().count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/order-paid-phone.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("shows the order paid in the history", async () => {
    const number = (await main().getByRole("heading", { level: 1 }).textContent()) ?? "";
    await main().getByRole("link", { name: "Your orders" }).click();
    const row = main().getByRole("link", { name: new RegExp(`^${number}`) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Paid");
  });

  it("lets staff refund it in full in the admin app, and the customer sees it refunded", async () => {
    await page.goto(`${server.url}${orderPath}`);
    // "Order #12": the admin table names its links the same way.
    const heading = (await main().getByRole("heading", { level: 1 }).textContent()) ?? "";
    // Staff work in their own browser session.
    const staff = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    staff.on("pageerror", (error) => problems.push(`staff page error: ${error.message}`));
    await staff.goto(`${server.url}/admin/`);
    await staff.getByLabel("Email").fill("admin@petshop.localhost");
    await staff.getByLabel("Password").fill("demo-admin-2026!");
    await staff.getByRole("button", { name: "Sign in" }).click();
    await staff
      .getByRole("navigation", { name: "Staff sections" })
      .getByRole("link", { name: "Orders" })
      .click();
    await staff.getByLabel("Customer email").fill(email);
    await staff.getByRole("link", { name: heading, exact: true }).click();
    await staff.getByRole("heading", { level: 2, name: "Status: Paid" }).waitFor();

    await staff.getByRole("button", { name: "Refund…" }).click();
    const dialog = staff.getByRole("dialog");
    await dialog.getByLabel("Reason for the refund").fill("The puppy stays with its mother a while longer");
    await dialog.getByLabel("Put the animals back on sale").check();
    await dialog.getByRole("button", { name: /^Refund €/ }).click();
    await staff.getByRole("heading", { level: 2, name: "Status: Refunded" }).waitFor();
    await staff.screenshot({ path: "test-results/admin-refund.png", fullPage: true });
    await staff.close();

    await page.reload();
    await main().getByRole("heading", { level: 2, name: "Refunded" }).waitFor();
  });

  it("ran without page or console errors", () => {
    expect(problems).toEqual([]);
  });
});
