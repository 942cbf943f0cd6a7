import { createApi } from "@petshop/client/react";
import { fakeApi, type Handlers } from "@petshop/ui/testing";
import { QueryClient } from "@tanstack/react-query";
import { createMemoryHistory } from "@tanstack/react-router";
import { describe, expect, it, vi } from "vitest";
import { createAdminRouter } from "./router";
import { fakeMe, fakeOrder } from "./test-support/fixtures";

// The router asks for a page's data as it matches the URL, beside the gate's users.me and the
// page's code: nothing here renders. The pages' own tests show they read what was asked.

/** Matches `path` (below /admin) with nothing on screen, and returns every API call the loaders made. */
async function loadWithoutRendering(path: string, handlers: Handlers) {
  const api = fakeApi(handlers);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const staffApi = createApi({ url: "http://shop.test", fetch: api.fetch, queryClient });
  const router = createAdminRouter(staffApi, createMemoryHistory({ initialEntries: [`/admin${path}`] }));
  await router.load();
  await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
  return api;
}

const ORDER_ID = "00000000-0000-4000-8000-000000000042";

describe("the staff app's loaders", () => {
  it("ask for an order's page together with who is signed in", async () => {
    const api = await loadWithoutRendering(`/orders/${ORDER_ID}`, {
      "users.me": () => fakeMe("staff"),
      "orders.adminById": ({ orderId }) => fakeOrder({ id: orderId }),
    });
    expect(api.calls.map((call) => call.path).sort()).toEqual(["orders.adminById", "users.me"]);
    expect(api.inputsOf("orders.adminById")).toEqual([{ orderId: ORDER_ID }]);
  });

  it("ask only who is signed in for a page without a loader of its own", async () => {
    const api = await loadWithoutRendering("/tokens", { "users.me": () => fakeMe("staff") });
    expect(api.calls.map((call) => call.path)).toEqual(["users.me"]);
  });
});
