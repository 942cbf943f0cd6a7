import type { AppRouter } from "@petshop/api";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, type TRPCClient } from "@trpc/client";
import { createTRPCContext, createTRPCOptionsProxy, type TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { type ReactNode, useState } from "react";
import { type ApiLinkOptions, apiLinks } from "./links";

export type {
  AppRouter,
  CheckoutConflict,
  CheckoutLine,
  ErrorDetails,
  RouterInputs,
  RouterOutputs,
} from "@petshop/api";
export { TRPCClientError } from "@trpc/client";

const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** `useTRPC().animals.list.queryOptions(input)` and friends, for TanStack Query hooks. */
export { useTRPC, useTRPCClient };

/** The SPAs' query cache defaults: data is fresh for 30 s and failed queries retry once. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
    },
  });
}

/** One app's connection to the API: its query cache, its tRPC client, and query options outside React. */
export interface Api {
  queryClient: QueryClient;
  client: TRPCClient<AppRouter>;
  /** What `useTRPC()` gives components, for code outside them: a route's loader, say. */
  trpc: TRPCOptionsProxy<AppRouter>;
}

export interface ApiOptions extends Partial<ApiLinkOptions> {
  queryClient?: QueryClient;
}

/** Connects to the API at `url` (by default the page's own origin). */
export function createApi({
  queryClient = createQueryClient(),
  url = "",
  headers,
  fetch,
}: ApiOptions = {}): Api {
  const client = createTRPCClient<AppRouter>({
    links: apiLinks({ url, ...(headers ? { headers } : {}), ...(fetch ? { fetch } : {}) }),
  });
  return { queryClient, client, trpc: createTRPCOptionsProxy({ client, queryClient }) };
}

export interface ApiProviderProps extends ApiOptions {
  children: ReactNode;
  /** An API made beforehand (so a router's loaders share it); otherwise one is made from the options. */
  api?: Api;
}

/** Gives its children the query cache and the typed API. */
export function ApiProvider({ children, api: given, ...options }: ApiProviderProps) {
  const [{ queryClient, client }] = useState(() => given ?? createApi(options));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={client} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
