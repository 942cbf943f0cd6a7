import type { Api } from "@petshop/client/react";

/** One order as staff see it, shared by the route's loader and the page so both use one cache entry. */
export const staffOrderQuery = (trpc: Api["trpc"], orderId: string) =>
  trpc.orders.adminById.queryOptions({ orderId });
