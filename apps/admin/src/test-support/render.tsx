import { ApiProvider, createApi } from "@petshop/client/react";
import { type FakeApi, fakeApi, type Handlers } from "@petshop/ui/testing";
import { QueryClient } from "@tanstack/react-query";
import { createMemoryHistory, RouterProvider } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import { createAdminRouter } from "../router";

/** Renders the whole staff app at `path` (below /admin), talking to a fake API built from `handlers`. */
export function renderAdmin(
  path: string,
  handlers: Handlers,
): { api: FakeApi; router: ReturnType<typeof createAdminRouter>; queryClient: QueryClient } {
  const api = fakeApi(handlers);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const staffApi = createApi({ url: "http://shop.test", fetch: api.fetch, queryClient });
  const router = createAdminRouter(staffApi, createMemoryHistory({ initialEntries: [`/admin${path}`] }));
  render(
    <ApiProvider api={staffApi}>
      <RouterProvider router={router} />
    </ApiProvider>,
  );
  return { api, router, queryClient };
}
