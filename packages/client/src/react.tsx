import type { AppRouter } from "@petshop/api";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
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

export interface ApiProviderProps extends Partial<ApiLinkOptions> {
  children: ReactNode;
  queryClient?: QueryClient;
}

/** Gives its children the query cache and the typed API; `url` defaults to the page's own origin. */
export function ApiProvider({ children, queryClient: given, url = "", headers, fetch }: ApiProviderProps) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: apiLinks({ url, ...(headers ? { headers } : {}), ...(fetch ? { fetch } : {}) }),
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
