import { FakeApiError } from "@petshop/ui/testing";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeAnimal } from "../../test-support/fixtures";
import { renderStorefront } from "../../test-support/render";

describe("the catalogue page", () => {
  it("shows placeholders, then a card per animal with price, age and availability", async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    renderStorefront(
      "/",
      {
        "animals.list": () => ({
          items: [
            fakeAnimal({ name: "Biscuit", priceMinor: 120000, stock: 1 }),
            fakeAnimal({ name: "Neon shoal", species: "fish", priceMinor: 299, stock: 40 }),
            fakeAnimal({ name: "Honey", stock: 0 }),
          ],
          nextCursor: null,
        }),
      },
      answered,
    );
    expect(await screen.findByLabelText("Loading animals")).toBeTruthy();
    answer();
    const biscuit = await screen.findByRole("link", { name: /Biscuit/ });
    expect(biscuit.getAttribute("href")).toMatch(/^\/animals\/animal-\d+$/);
    expect(biscuit.textContent).toContain("€1,200.00");
    expect(screen.getByRole("link", { name: /Neon shoal/ }).textContent).toMatch(/40 available.*€2\.99 each/);
    expect(screen.getByRole("link", { name: /Honey/ }).textContent).toContain("Sold out");
    expect(screen.queryByRole("button", { name: "Show more animals" })).toBeNull();
  });

  it("loads the next page with the cursor of the last", async () => {
    const { api } = renderStorefront("/", {
      "animals.list": (input) =>
        input.cursor
          ? { items: [fakeAnimal({ name: "Second page pet" })], nextCursor: null }
          : { items: [fakeAnimal({ name: "First page pet" })], nextCursor: "cursor-1" },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Show more animals" }));
    await screen.findByRole("link", { name: /Second page pet/ });
    expect(screen.getByRole("link", { name: /First page pet/ })).toBeTruthy();
    expect(api.inputsOf("animals.list").map((input) => input.cursor ?? null)).toEqual([null, "cursor-1"]);
  });

  it("reads species and sort from the URL and ignores values it does not know", async () => {
    const { api } = renderStorefront("/?species=fish&sort=price_desc", {
      "animals.list": () => ({ items: [], nextCursor: null }),
    });
    await screen.findByText("No animals match these filters.");
    expect(api.inputsOf("animals.list")[0]).toMatchObject({ species: ["fish"], sort: "price_desc" });
    expect((screen.getByRole("combobox", { name: "Sort by" }) as HTMLSelectElement).value).toBe("price_desc");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toMatch(/^Fish/);

    cleanup();
    const second = renderStorefront(
      "/?species=dragon&sex=none&priceMin=-5&priceMax=cheap&ageMinMonths=1.5&inStock=maybe&sort=relevance",
      { "animals.list": () => ({ items: [], nextCursor: null }) },
    );
    await screen.findByText("No animals here right now.");
    // Best match without search words would be refused by the API: the page falls back to newest.
    expect(second.api.inputsOf("animals.list")[0]).toEqual({
      sort: "newest",
      limit: 24,
      direction: "forward",
    });
  });

  it("says when loading failed and recovers on retry", async () => {
    let fail = true;
    renderStorefront("/", {
      "animals.list": () => {
        if (fail) throw new FakeApiError("INTERNAL_SERVER_ERROR");
        return { items: [fakeAnimal({ name: "Back again" })], nextCursor: null };
      },
    });
    expect((await screen.findByRole("alert")).textContent).toContain("We could not load the animals.");
    fail = false;
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.getByRole("link", { name: /Back again/ })).toBeTruthy());
  });
});
