import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { test } from "./support/fixtures";

// The catalogue as a visitor sees it. Other tests' orders and edits share the database, so these
// count only what they cannot change: the page size, and that cards are there.

const cards = (page: Page) => page.locator('main a[href^="/animals/"]');

describe("the storefront in Chromium", () => {
  test("lists the seeded animals through the shared client", async ({ page }) => {
    const apiCalls: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith("/trpc/")) apiCalls.push(`${request.method()} ${url.pathname}`);
    });
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Our animals" }).waitFor();
    await cards(page).first().waitFor();
    // The first page appears six cards per task (decision 025), all of it within a few frames.
    await expect.poll(() => cards(page).count()).toBe(24);
    // The page arrived with its first screen's answers (decision 026): none of them asked again.
    // (A card under the pointer may ask for its animal: links preload on intent.)
    const firstScreenCalls = () =>
      apiCalls.filter((call) => /animals\.(list|facets)|users\.me|cart\.get/.test(call));
    expect(firstScreenCalls()).toEqual([]);

    await page.getByRole("button", { name: "Show more animals" }).click();
    await expect.poll(() => cards(page).count()).toBe(48);
    expect(firstScreenCalls()).toEqual(["GET /trpc/animals.list"]);

    // Pictures ship with the shop and load from it.
    const pictureWidth = await cards(page)
      .first()
      .locator("img")
      .evaluate((img: HTMLImageElement) => img.naturalWidth);
    expect(pictureWidth).toBeGreaterThan(0);
    await page.screenshot({ path: "test-results/catalogue.png" });
  });

  test("filters by species and keeps the filter in the URL", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("checkbox", { name: /^Cats/ }).check();
    await page.getByRole("heading", { level: 1, name: "Cats" }).waitFor();
    expect(new URL(page.url()).searchParams.get("species")).toBe("cat");
    await expect.poll(() => cards(page).count()).toBeGreaterThanOrEqual(10);
    const breeds = await cards(page).locator("p").first().textContent();
    expect(breeds).toBeTruthy();
  });

  test("searches, best match first", async ({ page }) => {
    await page.goto("/?species=dog");
    await page.getByLabel("Search animals").fill("retriever");
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("retriever");
    await expect.poll(() => cards(page).count()).toBeGreaterThan(0);
    const breeds = await cards(page).locator("p").allTextContents();
    expect(breeds.some((text) => /Retriever/.test(text))).toBe(true);
  });

  test("opens an animal and shows its page", async ({ page }) => {
    await page.goto("/?species=dog&q=retriever");
    const first = cards(page).first();
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

  test("names each page in its title and moves focus to the new page's heading", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Our animals" }).waitFor();
    await expect.poll(() => page.title()).toBe("Our animals · Paws & Fins");

    const card = cards(page).first();
    const name = (await card.getByRole("heading", { level: 2 }).textContent())?.trim() ?? "";
    // The card's link is named after the animal first, not after its picture.
    expect(
      await card.evaluate((link) =>
        link.textContent?.trim().startsWith(link.querySelector("h2")?.textContent ?? "-"),
      ),
    ).toBe(true);
    await card.click();
    const heading = page.getByRole("heading", { level: 1, name });
    await heading.waitFor();
    await expect.poll(() => page.title()).toBe(`${name} · Paws & Fins`);
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  test("adds one to the cart for a double click on a card", async ({ page }) => {
    await page.goto("/");
    const add = page
      .getByRole("main")
      .getByRole("button", { name: /^Add to cart: / })
      .first();
    await add.dblclick();
    await page.getByRole("banner").getByRole("link", { name: "Cart 1 item" }).waitFor();
    // Give a second add the time to land, were there one.
    await page.waitForTimeout(500);
    await expect
      .poll(() => page.getByRole("banner").getByRole("link", { name: "Cart 1 item" }).count())
      .toBe(1);
  });
});
