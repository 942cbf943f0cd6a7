import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { DEMO_ADMIN } from "./support/api";
import { test } from "./support/fixtures";
import { resetLinkFor } from "./support/mail";

// A customer's account in the built shop: register, sign out, sign in, reset a forgotten password
// through the link in the mail (written to the server log without SMTP), and be turned away at the
// staff app's door, which lets the demo admin in. These tests use the forms for real: signing in
// and registering is what they are about.

/** A wrong password answers 401 on purpose, and the browser logs the failed request. */
const WRONG_PASSWORD = /\b401\b.*\/trpc\/users\.login/;

const header = (page: Page) => page.getByRole("navigation", { name: "Account" });

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const refusal = (page: Page) =>
  page
    .getByRole("alert")
    .filter({ hasText: /not correct/ })
    .waitFor();

describe("a customer's account in Chromium", () => {
  test("registers and is signed in", async ({ page }) => {
    await page.goto("/");
    await header(page).getByRole("link", { name: "Create account" }).click();
    // The page loads on first visit; wait for it rather than type into the catalogue behind it.
    await page.getByRole("heading", { name: "Create an account" }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill("Erin Tester");
    await page.getByLabel("Email").fill(`e2e-${randomUUID()}@example.test`);
    await page.getByLabel("Password").fill("my first pet-shop password");
    await page.getByRole("button", { name: "Create account" }).click();
    await header(page).getByRole("link", { name: "Erin Tester" }).waitFor();
  });

  test("signs out, and back in", async ({ customer, pageProblems }) => {
    const { page } = customer;
    pageProblems.allow(WRONG_PASSWORD);
    await page.goto("/");
    await header(page).getByRole("button", { name: "Sign out" }).click();
    await header(page).getByRole("link", { name: "Sign in" }).waitFor();

    await signIn(page, customer.email, "not my password at all");
    await refusal(page);

    await signIn(page, customer.email, customer.password);
    await header(page).getByRole("link", { name: customer.name }).waitFor();
  });

  test("is turned away at the staff app's door", async ({ customer }) => {
    const { page } = customer;
    await page.goto("/admin/");
    await page.getByRole("heading", { name: "Staff only" }).waitFor();
    expect(await page.getByRole("link", { name: "Users" }).count()).toBe(0);
  });

  test("resets a forgotten password through the mailed link", async ({
    account,
    page,
    shop,
    pageProblems,
  }) => {
    pageProblems.allow(WRONG_PASSWORD);
    const newPassword = "a better pet-shop password";
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(account.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page.getByText(/we have sent it a link/).waitFor();

    const link = await resetLinkFor(shop.logFile, account.email);
    expect(link.startsWith(shop.url)).toBe(true);
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("Confirm new password").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("link", { name: "Sign in" }).last().waitFor();

    // The link worked once; the old password no longer does, the new one does.
    await signIn(page, account.email, account.password);
    await refusal(page);
    await signIn(page, account.email, newPassword);
    await header(page).getByRole("link", { name: account.name }).waitFor();
  });

  test("lets the demo admin sign in to the staff app, landing on the dashboard", async ({
    account,
    page,
  }) => {
    await page.goto("/admin/");
    await page.getByLabel("Email").fill(DEMO_ADMIN.email);
    await page.getByLabel("Password").fill(DEMO_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("main").getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    // The newest account, at the top of the list.
    await page.getByRole("link", { name: "Users" }).click();
    await page.getByRole("cell", { name: account.email, exact: true }).waitFor();
  });
});
