import { ApiProvider, createApi } from "@petshop/client/react";
import { type FakeApi, fakeApi, type Handlers } from "@petshop/ui/testing";
import { QueryClient } from "@tanstack/react-query";
import { createMemoryHistory, RouterProvider } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import { PageLoadProvider } from "../components/page-load";
import { createAppRouter } from "../router";
import { fakeCart } from "./fake-cart";

/**
 * Renders the whole storefront at `path`, talking to a fake API built from `handlers`.
 * The header asks who is signed in and what is in the cart on every page: a visitor is signed out,
 * with an empty cart, unless `users.me` and `cart.get` say otherwise.
 * Full page loads (leaving for a payment page) are recorded in `pageLoads` instead of made.
 */
export function renderStorefront(
  path: string,
  handlers: Handlers,
  answerAfter?: Promise<void>,
): { api: FakeApi; router: ReturnType<typeof createAppRouter>; pageLoads: string[] } {
  const api = fakeApi({ "users.me": () => null, "cart.get": () => fakeCart(), ...handlers }, { answerAfter });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const shop = createApi({ url: "http://shop.test", fetch: api.fetch, queryClient });
  const router = createAppRouter(shop, createMemoryHistory({ initialEntries: [path] }));
  const pageLoads: string[] = [];
  render(
    <ApiProvider api={shop}>
      <PageLoadProvider loadPage={(url) => pageLoads.push(url)}>
        <RouterProvider router={router} />
      </PageLoadProvider>
    </ApiProvider>,
  );
  return { api, router, pageLoads };
}
