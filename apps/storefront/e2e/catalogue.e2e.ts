import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser";
import { type RunningServer, startBuiltServer } from "./support/server";

let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const apiCalls: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startBuiltServer(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/trpc/")) apiCalls.push(`${request.method()} ${url.pathname}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const cards = () => page.locator('main a[href^="/animals/"]');

describe("the storefront in Chromium", () => {
  it("lists the seeded animals through the shared client", async () => {
    await page.goto(server.url);
    await page.getByRole("heading", { level: 1, name: "Our animals" }).waitFor();
    await cards().first().waitFor();
    expect(await cards().count()).toBe(24);
    expect(apiCalls.some((call) => /^GET \/trpc\/.*animals\.list/.test(call))).toBe(true);

    await page.getByRole("button", { name: "Show more animals" }).click();
    await expect.poll(() => cards().count()).toBe(48);

    // Pictures ship with the shop and load from it.
    const pictureWidth = await cards()
      .first()
      .locator("img")
      .evaluate((img: HTMLImageElement) => img.naturalWidth);
    expect(pictureWidth).toBeGreaterThan(0);
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/catalogue.png" });
  });

  it("filters by species and keeps the filter in the URL", async () => {
    await page.getByRole("checkbox", { name: /^Cats/ }).check();
    await page.getByRole("heading", { level: 1, name: "Cats" }).waitFor();
    expect(new URL(page.url()).searchParams.get("species")).toBe("cat");
    await expect.poll(() => cards().count()).toBeGreaterThanOrEqual(10);
    const breeds = await cards().locator("p").first().textContent();
    expect(breeds).toBeTruthy();
  });

  it("searches, best match first", async () => {
    await page.goto(`${server.url}/?species=dog`);
    await page.getByLabel("Search animals").fill("retriever");
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("retriever");
    await expect.poll(() => cards().count()).toBeGreaterThan(0);
    const breeds = await cards().locator("p").allTextContents();
    expect(breeds.some((text) => /Retriever/.test(text))).toBe(true);
  });

  it("opens an animal and shows its page", async () => {
    const first = cards().first();
    const name = (await first.locator("h2").textContent()) ?? "";
    expect(name).not.toBe("");
    await first.click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/animals\/[a-z0-9-]+$/);
    expect(await page.getByText("Breed", { exact: true }).count()).toBe(1);
    await page.screenshot({ path: "test-results/animal.png" });

    // A reload of a client-side route is served by the server's SPA fallback.
    await page.reload();
    await page.getByRole("heading", { level: 1, name }).waitFor();
  });

  it("ran without console errors, CSP violations or failed requests", () => {
    expect(problems).toEqual([]);
  });
});
