import type { AppRouter } from "@petshop/api";
import { CACHEABLE_QUERIES, MAX_BATCH_SIZE, ONE_PER_REQUEST } from "@petshop/api/constants";
import { type HTTPHeaders, httpBatchLink, httpLink, splitLink, type TRPCLink } from "@trpc/client";

/** Where the API lives below the server's origin. */
export const API_PATH = "/trpc";

export interface ApiLinkOptions {
  /** The server's origin, e.g. `http://localhost:3000`; empty for the page's own origin. */
  url: string;
  headers?: HTTPHeaders | (() => HTTPHeaders | Promise<HTTPHeaders>);
  fetch?: typeof fetch;
}

const cacheable = new Set(CACHEABLE_QUERIES);

/**
 * The one transport every caller uses: batched HTTP with plain JSON (no transformer; see
 * docs/decisions/002-wire-format.md). Queries go as one GET, mutations as one POST. Public catalogue
 * queries are batched apart from everything else, so their GETs stay cacheable (see
 * apps/server/src/middleware/catalogue-cache.ts). The calls the server takes one per request
 * (sign-in, checkout, …) each go alone, so a script calling several at once is never refused.
 */
export function apiLinks({ url, headers, fetch }: ApiLinkOptions): TRPCLink<AppRouter>[] {
  const endpoint = `${url.replace(/\/+$/, "")}${API_PATH}`;
  const batch = () =>
    httpBatchLink<AppRouter>({
      url: endpoint,
      // Long batched GET URLs are split rather than rejected by proxies (8 KB is a common limit).
      maxURLLength: 6_000,
      // The server refuses larger batches; splitting here means our own callers never meet that.
      maxItems: MAX_BATCH_SIZE,
      ...(headers ? { headers } : {}),
      ...(fetch ? { fetch } : {}),
    });
  return [
    splitLink({
      condition: (op) => ONE_PER_REQUEST.has(op.path),
      true: httpLink<AppRouter>({
        url: endpoint,
        ...(headers ? { headers } : {}),
        ...(fetch ? { fetch } : {}),
      }),
      false: splitLink({
        condition: (op) => op.type === "query" && cacheable.has(op.path),
        true: batch(),
        false: batch(),
      }),
    }),
  ];
}
