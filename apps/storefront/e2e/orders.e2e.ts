import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser";
import { type RunningServer, startBuiltServer } from "./support/server";

// A customer's first order in the built shop: two animals into the cart from the catalogue as a
// visitor, an account made at checkout (the cart follows it), a pickup order placed, and the order
// in the history, awaiting payment; then staff cancel it in the admin app and the customer sees it.

let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const email = `orders-e2e-${Date.now()}@example.test`;

beforeAll(async () => {
  [server, browser] = await Promise.all([startBuiltServer(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  mkdirSync("test-results", { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const main = () => page.getByRole("main");
const header = () => page.getByRole("banner");
const chosen: string[] = [];
/** "Order #12", as the order page titles it. */
let orderNumber = "";

describe("a customer's order in Chromium", () => {
  it("adds two animals to the cart from the catalogue", async () => {
    await page.goto(server.url);
    const addButtons = main().getByRole("button", { name: /^Add to cart: / });
    await addButtons.first().waitFor();
    // Each button is labelled "Add to cart: <animal>"; the first two on sale will do.
    const labels = await addButtons.evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute("aria-label")),
    );
    const names = labels.slice(0, 2).map((label) => (label ?? "").replace(/^Add to cart: /, ""));
    expect(names).toHaveLength(2);
    for (const [index, name] of names.entries()) {
      await main()
        .getByRole("button", { name: `Add to cart: ${name}`, exact: true })
        .first()
        .click();
      await header()
        .getByRole("link", { name: `Cart, ${index + 1} ${index === 0 ? "item" : "items"}` })
        .waitFor();
      chosen.push(name);
    }
  });

  it("shows both in the cart and asks the visitor to sign in at checkout", async () => {
    await header().getByRole("link", { name: /^Cart/ }).click();
    await page.getByRole("heading", { level: 1, name: /Your cart/ }).waitFor();
    for (const name of chosen) await main().getByRole("link", { name, exact: true }).first().waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/cart-phone.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await main().getByRole("link", { name: "Check out" }).click();
    await page.getByRole("heading", { name: "Sign in to check out" }).waitFor();
    await main().getByRole("link", { name: "Create an account" }).click();
    await page.getByRole("heading", { name: "Create an account" }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill("Olive Orders");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long pet-shop password");
    await page.getByRole("button", { name: "Create account" }).click();
  });

  it("places a pickup order with the cart that followed the new account", async () => {
    await page.getByRole("heading", { level: 1, name: "Checkout" }).waitFor();
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe("Olive Orders");
    expect(await page.getByRole("radio", { name: "Pick up at the shop" }).isChecked()).toBe(true);
    const review = main().getByRole("region", { name: "Your order" });
    for (const name of chosen) await review.getByText(name, { exact: true }).first().waitFor();
    await page.screenshot({ path: "test-results/checkout.png", fullPage: true });

    await main().getByRole("button", { name: "Place order" }).click();
    await page.getByText("Thank you for your order!").waitFor();
    await main().getByRole("heading", { level: 2, name: "Awaiting payment" }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/account\/orders\/[0-9a-f-]{36}$/);
    await header().getByRole("link", { name: "Cart, empty" }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/order-phone.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("finds the order in the history, awaiting payment", async () => {
    const number = (await main().getByRole("heading", { level: 1 }).textContent()) ?? "";
    expect(number).toMatch(/^Order #\d+$/);
    orderNumber = number;
    await main().getByRole("link", { name: "Your orders" }).click();
    const row = main().getByRole("link", { name: new RegExp(`^${number}`) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Awaiting payment");
    expect(await row.textContent()).toContain("2 items · Pickup at the shop");
    await page.screenshot({ path: "test-results/orders.png" });
  });

  it("lets staff find the order in the admin app and cancel it, with a reason", async () => {
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
    await staff.getByRole("link", { name: orderNumber, exact: true }).click();

    await staff.getByRole("heading", { level: 2, name: "Status: Awaiting payment" }).waitFor();
    await staff.getByLabel("Reason for cancelling").fill("Customer rang to cancel");
    await staff
      .getByRole("form", { name: "Cancel this order" })
      .getByRole("button", { name: "Cancel order" })
      .click();
    await staff.getByRole("dialog").getByRole("button", { name: "Cancel order" }).click();
    await staff.getByRole("heading", { level: 2, name: "Status: Cancelled" }).waitFor();
    await staff.getByText("Customer rang to cancel").first().waitFor();
    await staff.screenshot({ path: "test-results/admin-order.png", fullPage: true });
    await staff.close();

    // The customer sees it too.
    await page.reload();
    const row = main().getByRole("link", { name: new RegExp(`^${orderNumber}`) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Cancelled");
  });

  it("ran without page or console errors", () => {
    expect(problems).toEqual([]);
  });
});
