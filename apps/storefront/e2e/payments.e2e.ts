import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { test } from "./support/fixtures";
import { answerPayment } from "./support/shop-data";

// Paying for an order in the built shop, on the embedded default (the local payment provider): a
// customer places an order, presses Pay, declines on the shop's own payment page and comes back to
// an order still awaiting payment; pays on a fresh page after a decline, and comes back to it paid;
// staff refund a paid order and the customer sees it refunded.

const main = (page: Page) => page.getByRole("main");
const payButton = (page: Page) => main(page).getByRole("button", { name: /^Pay €[\d,.]+$/ });

/** Back on the order's own page from the payment page, told how the payment went. */
const backFromPayment = (page: Page, orderPath: string, how: "returned" | "cancelled") =>
  page.waitForURL((url) => url.pathname === orderPath && url.searchParams.get("payment") === how);

describe("paying for an order in Chromium", () => {
  test("places an order as a new customer", async ({ customer }) => {
    const { page } = customer;
    await page.goto("/");
    await main(page)
      .getByRole("button", { name: /^Add to cart: / })
      .first()
      .click();
    await page.getByRole("banner").getByRole("link", { name: "Cart 1 item" }).click();
    await main(page).getByRole("link", { name: "Check out" }).click();
    await page.getByRole("heading", { level: 1, name: "Checkout" }).waitFor();
    await main(page).getByRole("button", { name: "Place order" }).click();
    await page.getByText("Thank you for your order!").waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/account\/orders\/[0-9a-f-]{36}$/);
    await payButton(page).waitFor();
  });

  test("presses Pay, declines on the payment page, and may pay again", async ({ customer, placedOrder }) => {
    const { page } = customer;
    await page.goto(placedOrder.path);
    const total = ((await payButton(page).textContent()) ?? "").replace(/^Pay /, "");
    await payButton(page).click();
    await page.waitForURL(/\/pay\/local\/[0-9a-f-]{36}$/);
    await page.getByText(total, { exact: true }).waitFor();
    await page.screenshot({ path: "test-results/local-payment.png" });

    await page.getByRole("button", { name: "Decline" }).click();
    await backFromPayment(page, placedOrder.path, "cancelled");
    await main(page).getByText("Your payment was not completed").waitFor();
    await main(page).getByRole("heading", { level: 2, name: "Awaiting payment" }).waitFor();
    await payButton(page).waitFor();
    await page.screenshot({ path: "test-results/payment-not-completed.png", fullPage: true });
  });

  test("pays on a fresh payment page after a decline and comes back to the order paid", async ({
    customer,
    placedOrder,
  }) => {
    await answerPayment(customer.session, placedOrder.id, "decline");
    const { page } = customer;
    await page.goto(placedOrder.path);
    await payButton(page).click();
    await page.waitForURL(/\/pay\/local\/[0-9a-f-]{36}$/);
    await page.getByRole("button", { name: "Pay", exact: true }).click();
    await backFromPayment(page, placedOrder.path, "returned");
    await main(page).getByText("Payment received, thank you").waitFor();
    await main(page).getByRole("heading", { level: 2, name: "Paid" }).waitFor();
    expect(await payButton(page).count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/order-paid-phone.png", fullPage: true });
  });

  test("shows the order paid in the history", async ({ customer, paidOrder }) => {
    const { page } = customer;
    await page.goto(paidOrder.path);
    await main(page).getByRole("link", { name: "Your orders" }).click();
    const row = main(page).getByRole("link", { name: new RegExp(`^${paidOrder.title}`) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Paid");
  });

  test("lets staff refund it in full in the admin app, and the customer sees it refunded", async ({
    staff,
    customer,
    paidOrder,
  }) => {
    await staff.page.goto("/admin/");
    await staff.page
      .getByRole("navigation", { name: "Staff sections" })
      .getByRole("link", { name: "Orders" })
      .click();
    await staff.page.getByLabel("Customer email").fill(customer.email);
    await staff.page.getByRole("link", { name: paidOrder.title, exact: true }).click();
    await staff.page.getByRole("heading", { level: 2, name: "Status: Paid" }).waitFor();

    await staff.page.getByRole("button", { name: "Refund…" }).click();
    const dialog = staff.page.getByRole("dialog");
    await dialog.getByLabel("Reason for the refund").fill("The customer will collect next month instead");
    await dialog.getByLabel("Put the animals back on sale").check();
    await dialog.getByRole("button", { name: /^Refund €/ }).click();
    await staff.page.getByRole("heading", { level: 2, name: "Status: Refunded" }).waitFor();
    await staff.page.screenshot({ path: "test-results/admin-refund.png", fullPage: true });

    await customer.page.goto(paidOrder.path);
    await main(customer.page).getByRole("heading", { level: 2, name: "Refunded" }).waitFor();
  });
});
