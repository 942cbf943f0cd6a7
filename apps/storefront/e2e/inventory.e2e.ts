import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser";
import { type RunningServer, startBuiltServer } from "./support/server";

// A staff member edits a listing in the admin app, and the shop shows the change.

let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startBuiltServer(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the inventory in Chromium", () => {
  it("lets staff find a listing, change its price and adjust its stock", async () => {
    await page.goto(`${server.url}/admin/inventory`);
    await page.getByLabel("Email").fill("admin@petshop.localhost");
    await page.getByLabel("Password").fill("demo-admin-2026!");
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.getByLabel("Search").fill("Biscuit");
    await page.getByRole("link", { name: "Biscuit", exact: true }).click();
    const price = page.getByLabel(/^Price/);
    await price.fill("1234.50");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText(/saved/i).first().waitFor();

    await page.getByLabel("Change by").fill("2");
    await page.getByLabel("Reason").fill("Two more from the litter");
    await page.getByRole("button", { name: "Adjust stock" }).click();
    await expect
      .poll(async () => (await page.getByRole("form", { name: "Adjust stock" }).textContent()) ?? "")
      .toMatch(/3/);
  });

  it("shows the new price in the shop", async () => {
    await page.goto(`${server.url}/animals/biscuit`);
    await page.getByRole("heading", { level: 1, name: "Biscuit" }).waitFor();
    await page.getByText("€1,234.50").first().waitFor();
  });

  it("ran without page errors", () => {
    expect(problems).toEqual([]);
  });
});
