import { stringifySearch } from "@petshop/ui/search-params";
import {
  createBrowserHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Navigate,
  type RouterHistory,
} from "@tanstack/react-router";
import { EditAnimalPage } from "./animals/EditAnimalPage";
import { NewAnimalPage } from "./animals/NewAnimalPage";
import { AdminOnly } from "./auth/AdminOnly";
import { SessionGate } from "./auth/SessionGate";
import { NotFoundPage } from "./components/NotFoundPage";
import { DashboardPage } from "./dashboard/DashboardPage";
import { dashboardSearch } from "./dashboard/dashboard-search";
import { InventoryPage } from "./inventory/InventoryPage";
import { inventorySearch } from "./inventory/inventory-search";
import { OrderPage } from "./orders/OrderPage";
import { OrdersPage } from "./orders/OrdersPage";
import { orderSearch } from "./orders/order-search";
import { TokensPage } from "./tokens/TokensPage";
import { UsersPage } from "./users/UsersPage";
import { usersSearch } from "./users/users-search";

// Every route renders inside the session gate, which admits only staff and admins; pages for
// admins alone add their own check.

const rootRoute = createRootRoute({ component: SessionGate, notFoundComponent: NotFoundPage });

/** Where staff land. Its charts load recharts on their own (dashboard/SalesChart.tsx). */
const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  validateSearch: dashboardSearch,
  component: DashboardPage,
});

const inventoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/inventory",
  validateSearch: inventorySearch,
  component: InventoryPage,
});

const newAnimalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/animals/new",
  component: NewAnimalPage,
});

const editAnimalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/animals/$id",
  component: EditAnimalPage,
});

const ordersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/orders",
  validateSearch: orderSearch,
  component: OrdersPage,
});

const orderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/orders/$orderId",
  component: OrderPage,
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
  component: () => (
    <AdminOnly>
      <UsersPage />
    </AdminOnly>
  ),
});

const tokensRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/tokens",
  component: TokensPage,
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
 * The staff app's router, under /admin like the build (vite.config.ts); tests pass a memory history.
 * Lists in the URL are written as repeated keys (`?status=paid&status=fulfilled`), not JSON.
 */
export function createAdminRouter(history: RouterHistory = createBrowserHistory()) {
  return createRouter({ routeTree, history, basepath: "/admin", defaultPreload: "intent", stringifySearch });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAdminRouter>;
  }
}
