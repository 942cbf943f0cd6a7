import type { Api } from "@petshop/client/react";
import { stringifySearch } from "@petshop/ui/search-params";
import {
  createBrowserHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type RouterHistory,
} from "@tanstack/react-router";
import { Layout } from "./components/Layout";
import { deliveryCountriesQuery, pickupPointQuery } from "./components/shop-settings-queries";
import { warmImages as startImages } from "./components/warm-images";
import { AnimalPage } from "./pages/AnimalPage";
import { animalQuery } from "./pages/animal-query";
import { authSearch, resetPasswordSearch } from "./pages/auth/search";
import { CataloguePage } from "./pages/catalogue/CataloguePage";
import { catalogueQueries, EAGER_CARDS } from "./pages/catalogue/queries";
import { catalogueSearch } from "./pages/catalogue/search";
import { lazyPage } from "./pages/lazy-page";
import { NotFoundPage } from "./pages/NotFoundPage";
import { orderQuery } from "./pages/orders/order-query";
import { orderSearch } from "./pages/orders/search";

// Loaders start a page's requests as the router matches it, beside its code (a lazy page's chunk)
// rather than after it has rendered. They only prefetch: the page still shows its own loading
// state and errors, and reads the same cache entries (the query builders are shared with it).
// `defaultPreload: "intent"` runs them on hover too, so a link's data is often there before a click.

interface RouterContext {
  api: Api;
  /** Starts the pictures a page shows first; on the server, notes them for the page's preload links. */
  warmImages: (urls: readonly (string | undefined)[]) => void;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Layout,
  notFoundComponent: () => <NotFoundPage />,
  // The header's: who is signed in, and the cart's count.
  loader: ({ context: { api } }) => {
    void api.queryClient.prefetchQuery(api.trpc.users.me.queryOptions());
    void api.queryClient.prefetchQuery(api.trpc.cart.get.queryOptions());
  },
});

export const catalogueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  validateSearch: catalogueSearch,
  loaderDeps: ({ search }) => search,
  loader: ({ context: { api, warmImages }, deps }) => {
    const { facets, list } = catalogueQueries(api.trpc, deps);
    void api.queryClient.prefetchQuery(facets);
    void api.queryClient.prefetchInfiniteQuery(list).then(() => {
      const first = api.queryClient.getQueryData(list.queryKey)?.pages[0]?.items ?? [];
      warmImages(first.slice(0, EAGER_CARDS).map((animal) => animal.images[0]?.url));
    });
  },
  component: CataloguePage,
});

export const animalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/animals/$slug",
  loader: ({ context: { api, warmImages }, params }) => {
    const animal = animalQuery(api.trpc, params.slug);
    void api.queryClient
      .prefetchQuery(animal)
      .then(() => warmImages([api.queryClient.getQueryData(animal.queryKey)?.images[0]?.url]));
  },
  component: AnimalPage,
});

// Account pages load on first visit (pages/lazy-page.ts), so shoppers who never sign in do not
// download the forms library.
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/login",
  validateSearch: authSearch,
  ...lazyPage("./auth/LoginPage.tsx", "LoginPage"),
});

const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/register",
  validateSearch: authSearch,
  ...lazyPage("./auth/RegisterPage.tsx", "RegisterPage"),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/forgot-password",
  ...lazyPage("./auth/ForgotPasswordPage.tsx", "ForgotPasswordPage"),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset-password",
  validateSearch: resetPasswordSearch,
  ...lazyPage("./auth/ResetPasswordPage.tsx", "ResetPasswordPage"),
});

/** Signed-in only; the page itself sends visitors to /login (it knows from `users.me`). */
const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account",
  ...lazyPage("./account/AccountPage.tsx", "AccountPage"),
});

// The cart, checkout and orders load on first visit too, so browsing stays light.
const cartRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/cart",
  // The root's loader asks for the cart; its first lines' pictures start as it arrives.
  loader: ({ context: { api, warmImages } }) => {
    void api.queryClient
      .fetchQuery(api.trpc.cart.get.queryOptions())
      .then((cart) => warmImages(cart.lines.slice(0, EAGER_CARDS).map((line) => line.image?.url)))
      .catch(() => undefined);
  },
  ...lazyPage("./cart/CartPage.tsx", "CartPage"),
});

/** Visitors are asked to sign in on the page itself, so they see their cart is waiting. */
const checkoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/checkout",
  // The form offers delivery to the shop's countries and pickup at its address.
  loader: ({ context: { api } }) => {
    void api.queryClient.prefetchQuery(deliveryCountriesQuery(api.trpc));
    void api.queryClient.prefetchQuery(pickupPointQuery(api.trpc));
  },
  ...lazyPage("./checkout/CheckoutPage.tsx", "CheckoutPage"),
});

const ordersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account/orders",
  ...lazyPage("./orders/OrderHistoryPage.tsx", "OrderHistoryPage"),
});

/** The order mail links here, so the path must stay as it is. */
const orderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account/orders/$orderId",
  validateSearch: orderSearch,
  // Only a signed-in customer's page asks for the order (a visitor is sent to sign in), and a
  // pickup order's page for where to collect it; the first lines' pictures start with the order.
  loader: ({ context: { api, warmImages }, params }) => {
    const order = orderQuery(api.trpc, params.orderId);
    void api.queryClient
      .fetchQuery(api.trpc.users.me.queryOptions())
      .then(async (me) => {
        if (!me) return;
        await api.queryClient.prefetchQuery(order);
        const found = api.queryClient.getQueryData(order.queryKey);
        warmImages(found?.lines.slice(0, EAGER_CARDS).map((line) => line.image?.url) ?? []);
        if (found?.fulfilment === "pickup") await api.queryClient.prefetchQuery(pickupPointQuery(api.trpc));
      })
      .catch(() => undefined);
  },
  ...lazyPage("./orders/OrderPage.tsx", "OrderPage"),
});

const routeTree = rootRoute.addChildren([
  catalogueRoute,
  animalRoute,
  loginRoute,
  registerRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  accountRoute,
  cartRoute,
  checkoutRoute,
  ordersRoute,
  orderRoute,
]);

/**
 * The storefront's router, its loaders asking `api`; tests pass a memory history, and the server
 * (first-screen/load.ts) its own way to note pictures.
 */
export function createAppRouter(
  api: Api,
  history: RouterHistory = createBrowserHistory(),
  warmImages: RouterContext["warmImages"] = startImages,
) {
  return createRouter({
    routeTree,
    history,
    context: { api, warmImages },
    defaultPreload: "intent",
    scrollRestoration: true,
    stringifySearch,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
