import type { Api } from "@petshop/client/react";
import { stringifySearch } from "@petshop/ui/search-params";
import {
  createBrowserHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Navigate,
  type RouterHistory,
} from "@tanstack/react-router";
import { SessionGate } from "./auth/SessionGate";
import { NotFoundPage } from "./components/NotFoundPage";
import { PagePending } from "./components/PagePending";
import { dashboardSearch } from "./dashboard/dashboard-search";
import { inventorySearch } from "./inventory/inventory-search";
import { orderSearch } from "./orders/order-search";
import { staffOrderQuery } from "./orders/staff-order-query";
import { usersSearch } from "./users/users-search";

// Every route renders inside the session gate, which admits only staff and admins; pages for
// admins alone add their own check.
//
// Each page's code loads on first visit (while the gate asks users.me) or on hover, by intent, so a
// visit downloads its own page and not every other page's forms and tables. The URL schemas stay
// here, since the router reads them before any page arrives; they are zod/mini for that reason.

// Loaders start a page's requests as the router matches it, beside the gate's question and the
// page's code rather than after both (as the storefront's do: decision 025). They only prefetch;
// the gate and the page still read, wait and fail on their own.
interface RouterContext {
  api: Api;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: SessionGate,
  notFoundComponent: NotFoundPage,
  loader: ({ context: { api } }) => {
    void api.queryClient.prefetchQuery(api.trpc.users.me.queryOptions());
  },
});

/** Where staff land. Its charts load recharts on their own (dashboard/SalesChart.tsx). */
const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  validateSearch: dashboardSearch,
  component: lazyRouteComponent(() => import("./dashboard/DashboardPage"), "DashboardPage"),
});

const inventoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/inventory",
  validateSearch: inventorySearch,
  component: lazyRouteComponent(() => import("./inventory/InventoryPage"), "InventoryPage"),
});

const newAnimalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/animals/new",
  component: lazyRouteComponent(() => import("./animals/NewAnimalPage"), "NewAnimalPage"),
});

const editAnimalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/animals/$id",
  component: lazyRouteComponent(() => import("./animals/EditAnimalPage"), "EditAnimalPage"),
});

const ordersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/orders",
  validateSearch: orderSearch,
  component: lazyRouteComponent(() => import("./orders/OrdersPage"), "OrdersPage"),
});

const orderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/orders/$orderId",
  // Asked beside users.me: someone who is not staff is refused it, and never sees the page.
  loader: ({ context: { api }, params }) => {
    void api.queryClient.prefetchQuery(staffOrderQuery(api.trpc, params.orderId));
  },
  component: lazyRouteComponent(() => import("./orders/OrderPage"), "OrderPage"),
});

/**
 * Signed out, the gate shows the sign-in form here as on any page; this route only sends someone
 * already signed in (or just signed in) on to the app.
 */
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/login",
  component: () => <Navigate to="/" replace />,
});

const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/users",
  validateSearch: usersSearch,
  component: lazyRouteComponent(() => import("./users/AdminUsersPage"), "AdminUsersPage"),
});

const tokensRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/tokens",
  component: lazyRouteComponent(() => import("./tokens/TokensPage"), "TokensPage"),
});

const routeTree = rootRoute.addChildren([
  dashboardRoute,
  inventoryRoute,
  newAnimalRoute,
  editAnimalRoute,
  ordersRoute,
  orderRoute,
  loginRoute,
  usersRoute,
  tokensRoute,
]);

/**
 * The staff app's router, under /admin like the build (vite.config.ts), its loaders asking `api`;
 * tests pass a memory history.
 * Lists in the URL are written as repeated keys (`?status=paid&status=fulfilled`), not JSON.
 */
export function createAdminRouter(api: Api, history: RouterHistory = createBrowserHistory()) {
  return createRouter({
    routeTree,
    history,
    context: { api },
    basepath: "/admin",
    defaultPreload: "intent",
    defaultPendingComponent: PagePending,
    stringifySearch,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAdminRouter>;
  }
}
