import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser";
import { type RunningServer, startBuiltServer } from "./support/server";

// A customer's account from start to finish in the built shop: register, sign out, sign in, reset a
// forgotten password through the link in the mail (written to the server log without SMTP), and be
// turned away at the staff app's door, which lets the demo admin in.

let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const email = `e2e-${Date.now()}@example.test`;
const firstPassword = "my first pet-shop password";
const secondPassword = "a better pet-shop password";

beforeAll(async () => {
  [server, browser] = await Promise.all([startBuiltServer(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // A wrong password answers 401 on purpose; the browser logs every failed request as an error.
    if (message.type() === "error" && !message.text().includes("status of 401"))
      problems.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const header = () => page.getByRole("navigation", { name: "Account" });

async function signIn(address: string, password: string) {
  await page.goto(`${server.url}/login`);
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  await page.getByLabel("Email").fill(address);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The reset link in the mail the server logged for `address`. */
async function resetLinkFor(address: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const line = server
      .output()
      .split("\n")
      .find((l) => l.includes('"mail"') && l.includes(address));
    const link = line
      ? /(http:\/\/[^\s"\\]+\/reset-password\?token=[a-z2-7]{32})/.exec(line)?.[1]
      : undefined;
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no reset mail for ${address} in the server output:\n${server.output().slice(-3000)}`);
}

describe("a customer's account in Chromium", () => {
  it("registers and is signed in", async () => {
    await page.goto(server.url);
    await header().getByRole("link", { name: "Create account" }).click();
    // The page loads on first visit; wait for it rather than type into the catalogue behind it.
    await page.getByRole("heading", { name: "Create an account" }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill("Erin Tester");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(firstPassword);
    await page.getByRole("button", { name: "Create account" }).click();
    await header().getByRole("link", { name: "Erin Tester" }).waitFor();
  });

  it("signs out, and back in", async () => {
    await header().getByRole("button", { name: "Sign out" }).click();
    await header().getByRole("link", { name: "Sign in" }).waitFor();

    await signIn(email, "not my password at all");
    await page
      .getByRole("alert")
      .filter({ hasText: /not correct/ })
      .waitFor();

    await signIn(email, firstPassword);
    await header().getByRole("link", { name: "Erin Tester" }).waitFor();
  });

  it("is turned away at the staff app's door", async () => {
    await page.goto(`${server.url}/admin/`);
    await page.getByRole("heading", { name: "Staff only" }).waitFor();
    expect(await page.getByRole("link", { name: "Users" }).count()).toBe(0);
  });

  it("resets a forgotten password through the mailed link", async () => {
    await page.goto(server.url);
    await header().getByRole("button", { name: "Sign out" }).click();
    await header().getByRole("link", { name: "Sign in" }).waitFor();
    await page.goto(`${server.url}/forgot-password`);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page.getByText(/we have sent it a link/).waitFor();

    const link = await resetLinkFor(email);
    expect(link.startsWith(server.url)).toBe(true);
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill(secondPassword);
    await page.getByLabel("Confirm new password").fill(secondPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("link", { name: "Sign in" }).last().waitFor();

    // The link worked once; the old password no longer does, the new one does.
    await signIn(email, firstPassword);
    await page
      .getByRole("alert")
      .filter({ hasText: /not correct/ })
      .waitFor();
    await signIn(email, secondPassword);
    await header().getByRole("link", { name: "Erin Tester" }).waitFor();
  });

  it("lets the demo admin into the staff app", async () => {
    const context = await browser.newContext();
    const adminPage = await context.newPage();
    await adminPage.goto(`${server.url}/admin/`);
    await adminPage.getByLabel("Email").fill("admin@petshop.localhost");
    await adminPage.getByLabel("Password").fill("demo-admin-2026!");
    await adminPage.getByRole("button", { name: "Sign in" }).click();
    await adminPage.getByRole("link", { name: "Users" }).click();
    await adminPage.getByRole("cell", { name: email, exact: true }).waitFor();
    await context.close();
  });

  it("ran without page errors", () => {
    expect(problems).toEqual([]);
  });
});
