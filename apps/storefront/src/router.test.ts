import { createApi } from "@petshop/client/react";
import { fakeApi, type Handlers } from "@petshop/ui/testing";
import { QueryClient } from "@tanstack/react-query";
import { createMemoryHistory } from "@tanstack/react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAppRouter } from "./router";
import { fakeCart, fakeCartLine } from "./test-support/fake-cart";
import { fakeOrder } from "./test-support/fake-orders";
import { fakeAccount, fakeAnimal, fakeFacets } from "./test-support/fixtures";

// The router asks for a page's data as it matches the URL, before anything renders: nothing here
// renders at all. The pages' own tests show they then read what was asked (one request each).

/** The pictures the loaders started downloading, in order. */
function watchPictures(): string[] {
  const started: string[] = [];
  vi.stubGlobal(
    "Image",
    class {
      fetchPriority = "auto";
      set src(url: string) {
        started.push(url);
      }
    },
  );
  return started;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Matches `path` with no page on screen, and returns every API call the loaders made. */
async function loadWithoutRendering(path: string, handlers: Handlers) {
  const api = fakeApi({ "users.me": () => null, "cart.get": () => fakeCart(), ...handlers });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const shop = createApi({ url: "http://shop.test", fetch: api.fetch, queryClient });
  const router = createAppRouter(shop, createMemoryHistory({ initialEntries: [path] }));
  await router.load();
  // Loaders only start their requests; wait for them to arrive.
  await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
  return api;
}

describe("the router's loaders", () => {
  it("ask for the catalogue the URL describes, and for the header's account and cart", async () => {
    const pictures = watchPictures();
    const cats = ["a", "b", "c", "d"].map((name) =>
      fakeAnimal({ species: "cat", images: [{ url: `/images/${name}.svg`, alt: name }] }),
    );
    const api = await loadWithoutRendering("/?species=cat&sort=price_asc", {
      "animals.list": () => ({ items: cats, nextCursor: null }),
      "animals.facets": () => fakeFacets(),
    });
    expect(api.calls.map((call) => call.path).sort()).toEqual([
      "animals.facets",
      "animals.list",
      "cart.get",
      "users.me",
    ]);
    expect(api.inputsOf("animals.list")).toEqual([
      { species: ["cat"], sort: "price_asc", limit: 24, direction: "forward" },
    ]);
    expect(api.inputsOf("animals.facets")).toEqual([{ species: ["cat"] }]);
    // The first screen's pictures start as soon as the list arrives, not once the grid renders.
    await vi.waitFor(() => expect(pictures).toEqual(["/images/a.svg", "/images/b.svg", "/images/c.svg"]));
  });

  it("ask for an animal by its slug, and start its first picture", async () => {
    const pictures = watchPictures();
    const api = await loadWithoutRendering("/animals/pepper", {
      "animals.bySlug": ({ slug }) => ({
        ...fakeAnimal({ slug }),
        description: "A cheerful puppy.",
        updatedAt: "2026-11-20T10:00:00.000Z",
      }),
    });
    expect(api.inputsOf("animals.bySlug")).toEqual([{ slug: "pepper" }]);
    await vi.waitFor(() => expect(pictures).toEqual(["/images/animals/dog-golden.svg"]));
  });

  it("ask for a signed-in customer's order, while its page's code is still on its way", async () => {
    const order = fakeOrder();
    const api = await loadWithoutRendering(`/account/orders/${order.id}`, {
      "users.me": () => fakeAccount(),
      "orders.byId": () => order,
    });
    expect(api.inputsOf("orders.byId")).toEqual([{ orderId: order.id }]);
  });

  it("start the first pictures of an order's lines as the order arrives", async () => {
    const pictures = watchPictures();
    const order = fakeOrder();
    await loadWithoutRendering(`/account/orders/${order.id}`, {
      "users.me": () => fakeAccount(),
      "orders.byId": () => order,
      "orders.pickupPoint": () => ({ address: "12 Harbour Road", hours: "Tuesday to Saturday" }),
    });
    await vi.waitFor(() => expect(pictures).toEqual(order.lines.map((line) => line.image?.url)));
  });

  it("start the first pictures of the cart's lines as the cart arrives", async () => {
    const pictures = watchPictures();
    const lines = ["a", "b", "c", "d"].map((name) =>
      fakeCartLine({ image: { url: `/images/${name}.svg`, alt: name } }),
    );
    await loadWithoutRendering("/cart", { "cart.get": () => fakeCart(lines) });
    await vi.waitFor(() => expect(pictures).toEqual(["/images/a.svg", "/images/b.svg", "/images/c.svg"]));
  });

  it("ask where to collect a pickup order, and not for a delivered one", async () => {
    for (const fulfilment of ["pickup", "delivery"] as const) {
      const order = fakeOrder({ fulfilment });
      const api = await loadWithoutRendering(`/account/orders/${order.id}`, {
        "users.me": () => fakeAccount(),
        "orders.byId": () => order,
        "orders.pickupPoint": () => ({ address: "12 Harbour Road", hours: "Tuesday to Saturday" }),
      });
      expect(
        api.calls.filter((call) => call.path === "orders.pickupPoint"),
        fulfilment,
      ).toHaveLength(fulfilment === "pickup" ? 1 : 0);
    }
  });

  it("ask for the checkout's delivery countries and pickup point beside the header's", async () => {
    const api = await loadWithoutRendering("/checkout", {
      "orders.deliveryCountries": () => [{ code: "IE", name: "Ireland" }],
      "orders.pickupPoint": () => ({ address: "12 Harbour Road", hours: "Tuesday to Saturday" }),
    });
    expect(api.calls.map((call) => call.path).sort()).toEqual([
      "cart.get",
      "orders.deliveryCountries",
      "orders.pickupPoint",
      "users.me",
    ]);
  });

  it("do not ask a visitor's order: the page sends them to sign in", async () => {
    const api = await loadWithoutRendering(`/account/orders/${fakeOrder().id}`, {});
    expect(api.inputsOf("orders.byId")).toEqual([]);
  });
});
