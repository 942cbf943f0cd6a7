import { type Api, TRPCClientError } from "@petshop/client/react";

/** An animal that is not (or no longer) on sale: asking again will not find it. */
export const isNotFound = (error: unknown) =>
  error instanceof TRPCClientError && error.data?.code === "NOT_FOUND";

/** One animal's page, shared by the route's loader and the page so both use one cache entry. */
export const animalQuery = (trpc: Api["trpc"], slug: string) =>
  trpc.animals.bySlug.queryOptions(
    { slug },
    { retry: (failures, error) => !isNotFound(error) && failures < 1 },
  );
