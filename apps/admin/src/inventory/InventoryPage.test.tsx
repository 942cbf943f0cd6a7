import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SEARCH_DELAY_MS } from "../lists/useSearchBox";
import { fakeInventory } from "../test-support/fake-inventory";
import { fakeAnimal, fakeMe, listed } from "../test-support/fixtures";
import { renderAdmin } from "../test-support/render";

const staff = () => fakeMe("staff");
const EVERY_STATUS = ["draft", "active", "archived"];

/** The row whose name links to this listing. */
const rowOf = async (name: string) => {
  const row = (await screen.findByRole("link", { name })).closest("tr");
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

afterEach(() => {
  vi.useRealTimers();
});

describe("the inventory", () => {
  it("lists listings in every status, each linking to its page", async () => {
    const honey = fakeAnimal({ stock: 0 });
    renderAdmin("/inventory", {
      "users.me": staff,
      "animals.list": () => ({ items: [listed(honey)], nextCursor: null }),
    });
    const row = await rowOf("Honey");
    expect(row.textContent).toContain("Golden Retriever");
    expect(row.textContent).toContain("€1,500.00");
    expect(within(row).getByRole("link", { name: "Honey" }).getAttribute("href")).toBe(
      `/admin/animals/${honey.id}`,
    );
    expect(screen.getByRole("link", { name: "New listing" }).getAttribute("href")).toBe("/admin/animals/new");
  });

  it("sends the status, species, search words and sort to animals.list", async () => {
    const { api } = renderAdmin("/inventory", {
      "users.me": staff,
      "animals.list": (input) => ({
        items: input.status?.length === 1 ? [listed(fakeAnimal({ name: "Pip", status: "draft" }))] : [],
        nextCursor: null,
      }),
    });
    await screen.findByText("There are no listings yet.");

    fireEvent.click(screen.getByRole("radio", { name: "Draft" }));
    const row = await rowOf("Pip");
    expect(within(row).getByText("Draft")).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Species"), { target: { value: "dog" } });
    const search = screen.getByLabelText("Search");
    fireEvent.change(search, { target: { value: "gol" } });
    fireEvent.change(search, { target: { value: " golden " } });
    const sort = screen.getByLabelText("Sort by") as HTMLSelectElement;
    await waitFor(() => expect(sort.value).toBe("relevance"));

    fireEvent.change(sort, { target: { value: "price_desc" } });
    await waitFor(() => expect(api.inputsOf("animals.list")).toHaveLength(5));

    fireEvent.change(search, { target: { value: "" } });
    await waitFor(() => expect(sort.value).toBe("newest"));
    expect(screen.queryByRole("option", { name: "Best match" })).toBeNull();

    const page = { limit: 50, direction: "forward" };
    expect(api.inputsOf("animals.list")).toEqual([
      { ...page, status: EVERY_STATUS, sort: "newest" },
      { ...page, status: ["draft"], sort: "newest" },
      { ...page, status: ["draft"], species: ["dog"], sort: "newest" },
      { ...page, status: ["draft"], species: ["dog"], q: "golden", sort: "relevance" },
      { ...page, status: ["draft"], species: ["dog"], q: "golden", sort: "price_desc" },
      { ...page, status: ["draft"], species: ["dog"], sort: "newest" },
    ]);
  });

  it("shows each listing's own status while showing every status", async () => {
    renderAdmin("/inventory", {
      "users.me": staff,
      "animals.list": () => ({
        items: [
          listed(fakeAnimal({ name: "Pip", status: "draft" })),
          listed(fakeAnimal({ name: "Kit", status: "active" })),
        ],
        nextCursor: null,
      }),
    });
    expect((await rowOf("Pip")).textContent).toMatch(/Draft/);
    expect((await rowOf("Kit")).textContent).toMatch(/Active/);
  });

  it("loads the next page with the cursor of the last", async () => {
    const { api } = renderAdmin("/inventory?status=active&sort=name", {
      "users.me": staff,
      "animals.list": (input) =>
        input.cursor
          ? { items: [listed(fakeAnimal({ name: "Zed" }))], nextCursor: null }
          : { items: [listed(fakeAnimal({ name: "Amy" }))], nextCursor: "cursor-1" },
    });
    await rowOf("Amy");
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    await rowOf("Zed");
    expect(screen.getByRole("link", { name: "Amy" })).toBeTruthy();
    expect(api.inputsOf("animals.list")).toEqual([
      { status: ["active"], sort: "name", limit: 50, direction: "forward" },
      { status: ["active"], sort: "name", limit: 50, direction: "forward", cursor: "cursor-1" },
    ]);
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });

  it("opens a listing clicked while search words were settling, rather than going back to the list", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const biscuit = fakeAnimal({ name: "Biscuit" });
    const { router } = renderAdmin("/inventory", { "users.me": staff, ...fakeInventory(biscuit).handlers });
    fireEvent.change(await screen.findByLabelText("Search"), { target: { value: "Biscuit" } });

    // The listing's page loads on first visit, so the list is still on screen as the words settle.
    fireEvent.click(await screen.findByRole("link", { name: "Biscuit" }));
    act(() => vi.advanceTimersByTime(SEARCH_DELAY_MS));

    await screen.findByRole("heading", { level: 1, name: "Biscuit" });
    expect(router.state.location.pathname).toBe(`/animals/${biscuit.id}`);
  });
});
