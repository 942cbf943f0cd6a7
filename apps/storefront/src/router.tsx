import { stringifySearch } from "@petshop/ui/search-params";
import {
  createBrowserHistory,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
} from "@tanstack/react-router";
import { Layout } from "./components/Layout";
import { AnimalPage } from "./pages/AnimalPage";
import { authSearch, resetPasswordSearch } from "./pages/auth/search";
import { CataloguePage } from "./pages/catalogue/CataloguePage";
import { catalogueSearch } from "./pages/catalogue/search";
import { NotFoundPage } from "./pages/NotFoundPage";
import { orderSearch } from "./pages/orders/search";

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: () => <NotFoundPage /> });

export const catalogueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  validateSearch: catalogueSearch,
  component: CataloguePage,
});

export const animalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/animals/$slug",
  component: AnimalPage,
});

// Account pages load on first visit (or on hover, by intent), so shoppers who never sign in do not
// download the forms library.
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/login",
  validateSearch: authSearch,
  component: lazyRouteComponent(() => import("./pages/auth/LoginPage"), "LoginPage"),
});

const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/register",
  validateSearch: authSearch,
  component: lazyRouteComponent(() => import("./pages/auth/RegisterPage"), "RegisterPage"),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/forgot-password",
  component: lazyRouteComponent(() => import("./pages/auth/ForgotPasswordPage"), "ForgotPasswordPage"),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset-password",
  validateSearch: resetPasswordSearch,
  component: lazyRouteComponent(() => import("./pages/auth/ResetPasswordPage"), "ResetPasswordPage"),
});

/** Signed-in only; the page itself sends visitors to /login (it knows from `users.me`). */
const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account",
  component: lazyRouteComponent(() => import("./pages/account/AccountPage"), "AccountPage"),
});

// The cart, checkout and orders load on first visit too (or on hover), so browsing stays light.
const cartRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/cart",
  component: lazyRouteComponent(() => import("./pages/cart/CartPage"), "CartPage"),
});

/** Visitors are asked to sign in on the page itself, so they see their cart is waiting. */
const checkoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/checkout",
  component: lazyRouteComponent(() => import("./pages/checkout/CheckoutPage"), "CheckoutPage"),
});

const ordersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account/orders",
  component: lazyRouteComponent(() => import("./pages/orders/OrderHistoryPage"), "OrderHistoryPage"),
});

/** The order mail links here, so the path must stay as it is. */
const orderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account/orders/$orderId",
  validateSearch: orderSearch,
  component: lazyRouteComponent(() => import("./pages/orders/OrderPage"), "OrderPage"),
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

/** The storefront's router; tests pass a memory history. */
export function createAppRouter(history: RouterHistory = createBrowserHistory()) {
  return createRouter({
    routeTree,
    history,
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
