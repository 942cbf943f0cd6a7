import { randomUUID } from "node:crypto";
import { TRPCClientError } from "@petshop/client";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { apiSession } from "./support/api";
import { test } from "./support/fixtures";
import { fillCart } from "./support/shop-data";

// A customer's first order in the built shop: animals into the cart from the catalogue as a visitor,
// an account made at checkout (the cart follows it), a pickup order placed, and the order in the
// history, awaiting payment; staff cancel an order in the admin app and the customer sees it.

const main = (page: Page) => page.getByRole("main");
const header = (page: Page) => page.getByRole("banner");

async function phoneScreenshot(page: Page, path: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe("a customer's order in Chromium", () => {
  test("adds two animals to the cart from the catalogue", async ({ page }) => {
    await page.goto("/");
    const addButtons = main(page).getByRole("button", { name: /^Add to cart: / });
    await addButtons.first().waitFor();
    // Each button is labelled "Add to cart: <animal>"; the first two on sale will do.
    const labels = await addButtons.evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute("aria-label")),
    );
    const names = labels.slice(0, 2).map((label) => (label ?? "").replace(/^Add to cart: /, ""));
    expect(names).toHaveLength(2);
    for (const [index, name] of names.entries()) {
      await main(page)
        .getByRole("button", { name: `Add to cart: ${name}`, exact: true })
        .first()
        .click();
      await header(page)
        .getByRole("link", { name: `Cart ${index + 1} ${index === 0 ? "item" : "items"}` })
        .waitFor();
    }
  });

  test("shows the cart, and takes it along into an account made at checkout", async ({ shop, newPage }) => {
    const visitor = apiSession(shop.url);
    const chosen = await fillCart(visitor.client, 2);
    const page = await newPage("visitor", visitor.storageState());

    await page.goto("/cart");
    await page.getByRole("heading", { level: 1, name: /Your cart/ }).waitFor();
    for (const name of chosen) await main(page).getByRole("link", { name, exact: true }).first().waitFor();
    await phoneScreenshot(page, "test-results/cart-phone.png");
    // On a phone each line's total stays level with its name, however long the name.
    await page.setViewportSize({ width: 390, height: 844 });
    const offsets = await main(page)
      .locator("li:has(h2)")
      .evaluateAll((lines) =>
        lines.map((line) => {
          const name = line.querySelector("h2")?.getBoundingClientRect();
          const total = [...line.querySelectorAll("p")].find((p) => /^€[\d,.]+$/.test(p.textContent ?? ""));
          return name && total ? Math.abs(total.getBoundingClientRect().top - name.top) : Number.NaN;
        }),
      );
    expect(offsets).toHaveLength(chosen.length);
    for (const offset of offsets) expect(offset).toBeLessThan(8);
    await page.setViewportSize({ width: 1280, height: 900 });

    await main(page).getByRole("link", { name: "Check out" }).click();
    await page.getByRole("heading", { name: "Sign in to check out" }).waitFor();
    await main(page).getByRole("link", { name: "Create an account" }).click();
    await page.getByRole("heading", { name: "Create an account" }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill("Olive Orders");
    await page.getByLabel("Email").fill(`e2e-${randomUUID()}@example.test`);
    await page.getByLabel("Password").fill("a long pet-shop password");
    await page.getByRole("button", { name: "Create account" }).click();

    await page.getByRole("heading", { level: 1, name: "Checkout" }).waitFor();
    const review = main(page).getByRole("region", { name: "Your order" });
    for (const name of chosen) await review.getByText(name, { exact: true }).first().waitFor();
  });

  test("places a pickup order", async ({ customer }) => {
    const { page } = customer;
    const chosen = await fillCart(customer.session.client, 2);
    await page.goto("/checkout");
    await page.getByRole("heading", { level: 1, name: "Checkout" }).waitFor();
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe(customer.name);
    expect(await page.getByRole("radio", { name: "Pick up at the shop" }).isChecked()).toBe(true);
    const review = main(page).getByRole("region", { name: "Your order" });
    for (const name of chosen) await review.getByText(name, { exact: true }).first().waitFor();
    await page.screenshot({ path: "test-results/checkout.png", fullPage: true });

    await main(page).getByRole("button", { name: "Place order" }).click();
    await page.getByText("Thank you for your order!").waitFor();
    await main(page).getByRole("heading", { level: 2, name: "Awaiting payment" }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/account\/orders\/[0-9a-f-]{36}$/);
    await header(page).getByRole("link", { name: "Cart, empty" }).waitFor();
    await phoneScreenshot(page, "test-results/order-phone.png");
  });

  test("finds the order in the history, awaiting payment", async ({ customer, placedOrder }) => {
    const { page } = customer;
    await page.goto(placedOrder.path);
    expect(await main(page).getByRole("heading", { level: 1 }).textContent()).toBe(placedOrder.title);
    await main(page).getByRole("link", { name: "Your orders" }).click();
    const row = main(page).getByRole("link", { name: new RegExp(`^${placedOrder.title}`) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Awaiting payment");
    expect(await row.textContent()).toContain("2 items · Pickup at the shop");
    await page.screenshot({ path: "test-results/orders.png" });
  });

  test("lets staff find the order in the admin app and cancel it, with a reason", async ({
    staff,
    customer,
    placedOrder,
  }) => {
    await staff.page.goto("/admin/");
    await staff.page
      .getByRole("navigation", { name: "Staff sections" })
      .getByRole("link", { name: "Orders" })
      .click();
    await staff.page.getByLabel("Customer email").fill(customer.email);
    await staff.page.getByRole("link", { name: placedOrder.title, exact: true }).click();

    await staff.page.getByRole("heading", { level: 2, name: "Status: Awaiting payment" }).waitFor();
    await staff.page.getByLabel("Reason for cancelling").fill("Customer rang to cancel");
    await staff.page
      .getByRole("form", { name: "Cancel this order" })
      .getByRole("button", { name: "Cancel order" })
      .click();
    await staff.page.getByRole("dialog").getByRole("button", { name: "Cancel order" }).click();
    await staff.page.getByRole("heading", { level: 2, name: "Status: Cancelled" }).waitFor();
    await staff.page.getByText("Customer rang to cancel").first().waitFor();
    await staff.page.screenshot({ path: "test-results/admin-order.png", fullPage: true });

    // The customer sees it too.
    await customer.page.goto("/account/orders");
    const row = main(customer.page).getByRole("link", { name: new RegExp(`^${placedOrder.title}`) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Cancelled");
  });

  test("fits the staff order page on a phone without scrolling sideways", async ({ staff, paidOrder }) => {
    await staff.page.setViewportSize({ width: 390, height: 844 });
    // A paid order shows the most: payments, provider events, refund controls.
    await staff.page.goto(`/admin/orders/${paidOrder.id}`);
    await staff.page.getByRole("heading", { level: 2, name: "Status: Paid" }).waitFor();
    const overflow = await staff.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      // What sticks out (tables may, inside their own scrolling box), to say where to look.
      wide: [...document.querySelectorAll("main *")]
        .filter((element) => !element.closest(".overflow-x-auto"))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 120)),
    }));
    await staff.page.screenshot({ path: "test-results/admin-order-phone.png", fullPage: true });
    expect(overflow).toEqual({ page: 390, wide: [] });
  });

  test("keeps a half-filled checkout through a reload, and Back then Forward", async ({ customer }) => {
    const { page } = customer;
    await fillCart(customer.session.client, 1);
    await page.goto("/checkout");
    // The radios are drawn by their labels; the inputs themselves are visually hidden.
    await main(page).getByRole("radio", { name: "Delivery" }).check({ force: true });
    await page.getByLabel("Country").selectOption({ label: "France" });
    await page.getByLabel("Street address").fill("12 rue de Rivoli");
    await page.getByLabel("Postal code").fill("75001");
    await page.getByLabel("City").fill("Paris");
    await page.getByLabel("Note (optional)").fill("Ring twice.");

    const expectKept = async () => {
      await page.getByLabel("Street address").waitFor();
      expect(await main(page).getByRole("radio", { name: "Delivery" }).isChecked()).toBe(true);
      expect(await page.getByLabel("Country").inputValue()).toBe("FR");
      expect(await page.getByLabel("Street address").inputValue()).toBe("12 rue de Rivoli");
      expect(await page.getByLabel("Postal code").inputValue()).toBe("75001");
      expect(await page.getByLabel("City").inputValue()).toBe("Paris");
      expect(await page.getByLabel("Note (optional)").inputValue()).toBe("Ring twice.");
    };
    await page.reload();
    await expectKept();
    await header(page).getByRole("link", { name: /^Cart/ }).click();
    await page.getByRole("heading", { level: 1, name: /Your cart/ }).waitFor();
    await page.goBack();
    await expectKept();
    await page.goForward();
    await page.getByRole("heading", { level: 1, name: /Your cart/ }).waitFor();
    await page.goBack();
    await expectKept();
  });

  test("refuses a made-up address in the browser, and the server refuses it the same way", async ({
    customer,
  }) => {
    const { page } = customer;
    await fillCart(customer.session.client, 1);
    await page.goto("/checkout");
    await main(page).getByRole("radio", { name: "Delivery" }).check({ force: true });
    await page.getByLabel("Street address").fill("x");
    await page.getByLabel("Postal code").fill("!!!");
    await page.getByLabel("City").fill("1");
    await main(page).getByRole("button", { name: "Place order" }).click();
    for (const label of ["Street address", "Postal code", "City"]) {
      await expect.poll(() => page.getByLabel(label).getAttribute("aria-invalid")).toBe("true");
    }
    expect(new URL(page.url()).pathname).toBe("/checkout");

    // Sent straight to the API, the same address is refused under the same fields.
    const cart = await customer.session.client.cart.get.query();
    const refused = await customer.session.client.orders.checkout
      .mutate({
        idempotencyKey: randomUUID(),
        expectedTotalMinor: cart.subtotalMinor,
        contact: { name: customer.name, email: customer.email },
        fulfilment: {
          method: "delivery",
          address: { line1: "x", postalCode: "!!!", city: "1", country: "ZZ" },
        },
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCClientError);
    const fields = Object.keys(
      refused instanceof TRPCClientError ? (refused.data?.zodError?.fieldErrors ?? {}) : {},
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        "fulfilment.address.line1",
        "fulfilment.address.city",
        "fulfilment.address.country",
      ]),
    );
    expect(await customer.session.client.orders.list.query({})).toMatchObject({ items: [] });
  });
});
