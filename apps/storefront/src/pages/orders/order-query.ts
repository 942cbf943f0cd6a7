import { type Api, TRPCClientError } from "@petshop/client/react";

// Another customer's order is NOT_FOUND; a mangled id in the URL is refused as BAD_REQUEST.
export const isMissing = (error: unknown) =>
  error instanceof TRPCClientError &&
  (error.data?.code === "NOT_FOUND" || error.data?.code === "BAD_REQUEST");

/** One of the customer's orders, shared by the route's loader and the page so both use one cache entry. */
export const orderQuery = (trpc: Api["trpc"], orderId: string) =>
  trpc.orders.byId.queryOptions(
    { orderId },
    { retry: (failures, error) => !isMissing(error) && failures < 1 },
  );
