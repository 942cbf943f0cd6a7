import { FIRST_SCREEN_ELEMENT_ID, type FirstScreen } from "@petshop/client/first-screen";
import { createApi, createQueryClient } from "@petshop/client/react";
import { fakeApi, type Handlers } from "@petshop/ui/testing";
import { createMemoryHistory } from "@tanstack/react-router";
import { describe, expect, it, vi } from "vitest";
import { createAppRouter } from "../router";
import { fakeCart } from "../test-support/fake-cart";
import { fakeOrder } from "../test-support/fake-orders";
import { fakeAccount, fakeAnimal, fakeFacets } from "../test-support/fixtures";
import { hydrateFirstScreen } from "./hydrate";
import { loadFirstScreen } from "./load";

// The server runs loadFirstScreen for the page it sends (apps/server/src/routes/first-screen.ts);
// the browser starts its cache with the answers. Here both run against a fake API.

const visitor: Handlers = { "users.me": () => null, "cart.get": () => fakeCart() };

const cats = ["a", "b", "c", "d"].map((name) =>
  fakeAnimal({ name, species: "cat", images: [{ url: `/images/${name}.svg`, alt: name }] }),
);
const catalogue: Handlers = {
  ...visitor,
  "animals.list": () => ({ items: cats, nextCursor: null }),
  "animals.facets": () => fakeFacets(),
};

/** The first screen of `path`, worked out against an API answering with `handlers`. */
async function firstScreenOf(path: string, handlers: Handlers) {
  const api = fakeApi(handlers);
  const screen = await loadFirstScreen(new URL(path, "http://shop.test"), api.fetch);
  return { screen, asked: api.calls.map((call) => call.path).sort() };
}

const keysOf = (screen: FirstScreen) => screen.queries.queries.map((query) => query.queryKey);

/** A page as the server sends it: the first screen's data in its element. */
function pageCarrying(data: string): Document {
  const page = document.implementation.createHTMLDocument();
  const element = page.createElement("script");
  element.type = "application/json";
  element.id = FIRST_SCREEN_ELEMENT_ID;
  element.textContent = data;
  page.body.append(element);
  return page;
}

/** Starts a browser's cache from `page`, matches `path`, and returns what its loaders asked the API. */
async function loadInTheBrowser(path: string, page: Document, handlers: Handlers) {
  const api = fakeApi(handlers);
  const queryClient = createQueryClient();
  hydrateFirstScreen(queryClient, page);
  const router = createAppRouter(
    createApi({ url: "http://shop.test", fetch: api.fetch, queryClient }),
    createMemoryHistory({ initialEntries: [path] }),
    () => {},
  );
  await router.load();
  await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
  return api.calls.map((call) => call.path).sort();
}

describe("a page's first screen", () => {
  it("holds what the catalogue's loaders ask for the URL, and its first pictures", async () => {
    const { screen, asked } = await firstScreenOf("/?species=cat&sort=price_asc", catalogue);
    expect(asked).toEqual(["animals.facets", "animals.list", "cart.get", "users.me"]);
    expect(keysOf(screen)).toEqual([
      [["users", "me"], { type: "query" }],
      [["cart", "get"], { type: "query" }],
      [["animals", "facets"], { input: { species: ["cat"] }, type: "query" }],
      [["animals", "list"], { input: { species: ["cat"], sort: "price_asc", limit: 24 }, type: "infinite" }],
    ]);
    expect(screen.images).toEqual(["/images/a.svg", "/images/b.svg", "/images/c.svg"]);
    // The home page's code is in the first load already.
    expect(screen.pageModules).toEqual([]);
  });

  it("holds a signed-in customer's order, asked once their account has answered", async () => {
    const order = fakeOrder();
    const { screen } = await firstScreenOf(`/account/orders/${order.id}`, {
      ...visitor,
      "users.me": () => fakeAccount(),
      "orders.byId": () => order,
    });
    expect(keysOf(screen)).toContainEqual([
      ["orders", "byId"],
      { input: { orderId: order.id }, type: "query" },
    ]);
  });

  it("holds no order for a visitor, whom the page asks to sign in", async () => {
    const { asked } = await firstScreenOf(`/account/orders/${fakeOrder().id}`, visitor);
    expect(asked).toEqual(["cart.get", "users.me"]);
  });

  it("lets the browser's loaders find every answer, so they ask the API nothing", async () => {
    const { screen } = await firstScreenOf("/?species=cat", catalogue);
    const page = pageCarrying(JSON.stringify(screen.queries));
    expect(await loadInTheBrowser("/?species=cat", page, catalogue)).toEqual([]);
  });

  it("counts the answers as fresh however far the server's clock is from the device's", async () => {
    const { screen } = await firstScreenOf("/?species=cat", catalogue);
    const tenMinutesAgo = Date.now() - 10 * 60_000;
    const skewed = {
      ...screen.queries,
      queries: screen.queries.queries.map((query) => ({
        ...query,
        state: { ...query.state, dataUpdatedAt: tenMinutesAgo },
      })),
    };
    expect(await loadInTheBrowser("/?species=cat", pageCarrying(JSON.stringify(skewed)), catalogue)).toEqual(
      [],
    );
  });

  it("leaves the browser asking the API when the page's copy cannot be read", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const asked = await loadInTheBrowser("/", pageCarrying("{not json"), catalogue);
    expect(asked).toEqual(["animals.facets", "animals.list", "cart.get", "users.me"]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
