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
import { stringifySearch } from "./search-params";

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

const routeTree = rootRoute.addChildren([
  catalogueRoute,
  animalRoute,
  loginRoute,
  registerRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  accountRoute,
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
