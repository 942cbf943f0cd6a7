import type { AppRouter } from "@petshop/api";
import { createTRPCClient, type TRPCClient } from "@trpc/client";
import { type ApiLinkOptions, apiLinks } from "./links";

export type { AppRouter, RouterInputs, RouterOutputs } from "@petshop/api";
export { TRPCClientError } from "@trpc/client";

export type ApiClient = TRPCClient<AppRouter>;

export interface ApiClientOptions extends ApiLinkOptions {
  /** An API token (`pst_…`, from users.createApiToken): the client acts as its user. */
  token?: string;
}

/**
 * The typed client for Node scripts and tests: `await client.animals.list.query({ limit: 10 })`.
 * `url` is the server's origin; `headers` and `fetch` are passed to every request.
 */
export function createApiClient({ token, headers, ...rest }: ApiClientOptions): ApiClient {
  const authorization: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return createTRPCClient<AppRouter>({
    links: apiLinks({
      ...rest,
      headers: async () => ({
        ...(typeof headers === "function" ? await headers() : headers),
        ...authorization,
      }),
    }),
  });
}
