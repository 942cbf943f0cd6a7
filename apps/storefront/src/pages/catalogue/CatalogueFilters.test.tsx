import type { Handlers } from "@petshop/ui/testing";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeAnimal, fakeFacets } from "../../test-support/fixtures";
import { fieldError, fill } from "../../test-support/forms";
import { renderStorefront } from "../../test-support/render";
import { SEARCH_DEBOUNCE_MS } from "./SearchBox";

/** A catalogue that names each animal after the input it was listed for, so a test sees what was asked. */
const catalogue: Handlers = {
  "animals.list": (input) => ({
    items: [fakeAnimal({ name: `Listed for ${JSON.stringify(input.species ?? "all")}` })],
    nextCursor: null,
  }),
  "animals.facets": () => fakeFacets({ total: 1 }),
};

const checkbox = (name: RegExp) => screen.getByRole<HTMLInputElement>("checkbox", { name });
const radio = (name: RegExp) => screen.getByRole<HTMLInputElement>("radio", { name });
const sortOptions = () =>
  within(screen.getByRole("combobox", { name: "Sort by" }))
    .getAllByRole("option")
    .map((option) => option.textContent);

afterEach(() => {
  vi.useRealTimers();
});

describe("the catalogue's filters", () => {
  it("sends every filter in the URL to the list and the counts, and shows them as chosen", async () => {
    const { api } = renderStorefront(
      "/?species=dog&species=cat&sex=female&priceMin=50&priceMax=200&ageMaxMonths=2&inStock=true&q=puppy&sort=price_asc",
      catalogue,
    );
    await screen.findByRole("link", { name: /Listed for/ });
    const filters = {
      species: ["dog", "cat"],
      sex: ["female"],
      priceMin: 5000,
      priceMax: 20000,
      ageMaxMonths: 2,
      inStock: true,
      q: "puppy",
    };
    expect(api.inputsOf("animals.list")).toEqual([
      { ...filters, sort: "price_asc", limit: 24, direction: "forward" },
    ]);
    expect(api.inputsOf("animals.facets")).toEqual([filters]);

    expect(checkbox(/^Dogs/).checked).toBe(true);
    expect(checkbox(/^Cats/).checked).toBe(true);
    expect(checkbox(/^Birds/).checked).toBe(false);
    expect(checkbox(/^Female/).checked).toBe(true);
    expect(checkbox(/In stock only/).checked).toBe(true);
    expect(radio(/Under 3 months/).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>("Min price (€)").value).toBe("50");
    expect(screen.getByLabelText<HTMLInputElement>("Max price (€)").value).toBe("200");
    expect(screen.getByRole<HTMLInputElement>("searchbox", { name: "Search animals" }).value).toBe("puppy");
    expect(screen.getByRole("button", { name: "Filters (5)" }).getAttribute("aria-expanded")).toBe("false");
  });

  it("ticks species into the URL and the query, and unticks them out again", async () => {
    const { api, router } = renderStorefront("/", catalogue);
    await screen.findByText('Listed for "all"');

    fireEvent.click(checkbox(/^Cats/));
    await screen.findByText('Listed for ["cat"]');
    expect(router.state.location.searchStr).toBe("?species=cat");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toMatch(/^Cats/);

    fireEvent.click(checkbox(/^Dogs/));
    await screen.findByText('Listed for ["cat","dog"]');
    expect(router.state.location.searchStr).toBe("?species=cat&species=dog");
    expect(api.inputsOf("animals.facets").at(-1)).toEqual({ species: ["cat", "dog"] });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toMatch(/^Our animals/);

    fireEvent.click(checkbox(/^Cats/));
    fireEvent.click(checkbox(/^Dogs/));
    await screen.findByText('Listed for "all"');
    expect(router.state.location.searchStr).toBe("");
  });

  it("sends search words once typing pauses, and sorts by best match while they are set", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api, router } = renderStorefront("/", catalogue);
    await screen.findByRole("link", { name: /Listed for/ });
    expect(sortOptions()).not.toContain("Best match");
    const historyLength = router.history.length;

    const box = screen.getByRole("searchbox", { name: "Search animals" });
    fireEvent.change(box, { target: { value: "gol" } });
    fireEvent.change(box, { target: { value: "golden " } });
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50));
    expect(router.state.location.search).toEqual({});

    act(() => vi.advanceTimersByTime(50));
    await waitFor(() => expect(router.state.location.search).toEqual({ q: "golden" }));
    await waitFor(() =>
      expect(api.inputsOf("animals.list").at(-1)).toMatchObject({ q: "golden", sort: "relevance" }),
    );
    // Only the words the visitor paused on were searched for, and the trailing space survived.
    expect(
      api.inputsOf("animals.list").filter((input) => JSON.stringify(input).includes("gol")),
    ).toHaveLength(1);
    expect((box as HTMLInputElement).value).toBe("golden ");
    expect(sortOptions()[0]).toBe("Best match");
    expect(screen.getByRole<HTMLSelectElement>("combobox", { name: "Sort by" }).value).toBe("relevance");
    // Typing replaced the history entry rather than adding one per pause.
    expect(router.history.length).toBe(historyLength);

    fireEvent.change(box, { target: { value: "" } });
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
    await waitFor(() => expect(api.inputsOf("animals.list").at(-1)).toMatchObject({ sort: "newest" }));
    expect(sortOptions()).not.toContain("Best match");
  });

  it("drops search words still settling when the visitor follows a link, rather than bringing them back", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { router } = renderStorefront("/", catalogue);
    await screen.findByRole("link", { name: /Listed for/ });
    fireEvent.change(screen.getByRole("searchbox", { name: "Search animals" }), {
      target: { value: "golden" },
    });

    // The cart's page loads on first visit, so the catalogue is still on screen as the words settle.
    fireEvent.click(screen.getByRole("link", { name: /cart/i }));
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));

    await screen.findByRole("heading", { level: 1, name: /cart/i });
    expect(router.state.location.href).toBe("/cart");
  });

  it("keeps a sort chosen during a search, and drops best match with the search", async () => {
    const { router } = renderStorefront("/?q=golden", catalogue);
    await screen.findByRole("link", { name: /Listed for/ });
    fireEvent.change(screen.getByRole("combobox", { name: "Sort by" }), { target: { value: "price_asc" } });
    await waitFor(() => expect(router.state.location.search).toEqual({ q: "golden", sort: "price_asc" }));

    fireEvent.change(screen.getByRole("combobox", { name: "Sort by" }), { target: { value: "relevance" } });
    // Best match is the default during a search, so it needs no place in the URL.
    await waitFor(() => expect(router.state.location.search).toEqual({ q: "golden" }));
  });

  it("shows the counts for each species and price band, and the total in the heading", async () => {
    const { api, router } = renderStorefront("/", {
      ...catalogue,
      "animals.facets": () =>
        fakeFacets({
          total: 1204,
          species: [
            { species: "dog", count: 12 },
            { species: "cat", count: 1 },
          ],
          priceBands: [
            { from: 0, to: 5_000, count: 40 },
            { from: 5_000, to: 20_000, count: 8 },
            { from: 200_000, to: null, count: 1 },
          ],
        }),
    });
    expect(await screen.findByRole("checkbox", { name: "Dogs (12 animals)" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Cats (1 animal)" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Birds (0 animals)" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Under €50 (40 animals)" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "€2,000 and over (1 animal)" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Our animals 1,204 animals");

    // A band ends a cent below the next, as the counts do: an animal at €200 is in the next band.
    fireEvent.click(screen.getByRole("radio", { name: "€50 to €200 (8 animals)" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ priceMin: 50, priceMax: 199.99 }));
    await waitFor(() =>
      expect(api.inputsOf("animals.list").at(-1)).toMatchObject({ priceMin: 5000, priceMax: 19999 }),
    );
    expect(radio(/€50 to €200/).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>("Max price (€)").value).toBe("199.99");
  });

  it("points out a price range typed the wrong way round instead of sending it", async () => {
    const { api, router } = renderStorefront("/", catalogue);
    await screen.findByRole("link", { name: /Listed for/ });
    fill("Min price (€)", "500");
    fill("Max price (€)", "100");
    fireEvent.click(screen.getByRole("button", { name: "Apply price" }));

    expect(fieldError("Min price (€)")).toBe("The lowest price is above the highest");
    expect(router.state.location.search).toEqual({});
    const sent = [...api.inputsOf("animals.list"), ...api.inputsOf("animals.facets")];
    expect(sent.filter((input) => JSON.stringify(input).includes("priceMin"))).toEqual([]);

    fill("Max price (€)", "1000");
    expect(fieldError("Min price (€)")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Apply price" }));
    await waitFor(() => expect(router.state.location.search).toEqual({ priceMin: 500, priceMax: 1000 }));
    await waitFor(() =>
      expect(api.inputsOf("animals.list").at(-1)).toMatchObject({ priceMin: 50000, priceMax: 100000 }),
    );
  });

  it("lists every price for a link with the range the wrong way round, and says why", async () => {
    const { api } = renderStorefront("/?priceMin=500&priceMax=100&ageMinMonths=12&ageMaxMonths=2", catalogue);
    await screen.findByRole("link", { name: /Listed for/ });
    expect(api.inputsOf("animals.list")[0]).toEqual({ sort: "newest", limit: 24, direction: "forward" });
    expect(fieldError("Min price (€)")).toBe("The lowest price is above the highest");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("narrows by age, sex and stock", async () => {
    const { api, router } = renderStorefront("/", catalogue);
    await screen.findByRole("link", { name: /Listed for/ });
    fireEvent.click(radio(/3 to 12 months/));
    await waitFor(() => expect(router.state.location.search).toEqual({ ageMinMonths: 3, ageMaxMonths: 11 }));
    fireEvent.click(checkbox(/^Male/));
    fireEvent.click(checkbox(/In stock only/));
    await waitFor(() =>
      expect(api.inputsOf("animals.list").at(-1)).toMatchObject({
        ageMinMonths: 3,
        ageMaxMonths: 11,
        sex: ["male"],
        inStock: true,
      }),
    );

    fireEvent.click(radio(/Any age/));
    fireEvent.click(checkbox(/In stock only/));
    await waitFor(() => expect(router.state.location.searchStr).toBe("?sex=male"));
  });

  it("clears every filter and the search words, keeping the chosen sort", async () => {
    const { api, router } = renderStorefront(
      "/?species=dog&inStock=true&q=pup&sort=price_asc&priceMax=80",
      catalogue,
    );
    await screen.findByRole("link", { name: /Listed for/ });
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));

    await waitFor(() => expect(router.state.location.search).toEqual({ sort: "price_asc" }));
    await waitFor(() =>
      expect(api.inputsOf("animals.list").at(-1)).toEqual({
        sort: "price_asc",
        limit: 24,
        direction: "forward",
      }),
    );
    expect(checkbox(/^Dogs/).checked).toBe(false);
    expect(checkbox(/In stock only/).checked).toBe(false);
    expect(screen.getByRole<HTMLInputElement>("searchbox", { name: "Search animals" }).value).toBe("");
    expect(screen.getByLabelText<HTMLInputElement>("Max price (€)").value).toBe("");
  });

  it("offers to clear the filters when nothing matches them", async () => {
    const { router } = renderStorefront("/?species=reptile&q=gecko", {
      "animals.list": (input) =>
        input.species
          ? { items: [], nextCursor: null }
          : { items: [fakeAnimal({ name: "Rex" })], nextCursor: null },
    });
    const empty = (await screen.findByText("No animals match these filters.")).closest("div")?.parentElement;
    if (!empty) throw new Error("the empty state has no container");
    fireEvent.click(within(empty).getByRole("button", { name: "Clear filters" }));
    await screen.findByRole("link", { name: /Rex/ });
    expect(router.state.location.search).toEqual({});
  });

  it("folds the panel behind a Filters button", async () => {
    renderStorefront("/?sex=male", catalogue);
    const toggle = await screen.findByRole("button", { name: "Filters (1)" });
    const panel = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
    expect(panel?.className).toContain("hidden");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(panel?.className).not.toContain("hidden");
  });
});
