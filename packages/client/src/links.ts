import type { AppRouter } from "@petshop/api";
import { CACHEABLE_QUERIES, MAX_BATCH_SIZE } from "@petshop/api/schemas";
import { type HTTPHeaders, httpBatchLink, splitLink, type TRPCLink } from "@trpc/client";

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
 * apps/server/src/middleware/catalogue-cache.ts).
 */
export function apiLinks({ url, headers, fetch }: ApiLinkOptions): TRPCLink<AppRouter>[] {
  const batch = () =>
    httpBatchLink<AppRouter>({
      url: `${url.replace(/\/+$/, "")}${API_PATH}`,
      // Long batched GET URLs are split rather than rejected by proxies (8 KB is a common limit).
      maxURLLength: 6_000,
      // The server refuses larger batches; splitting here means our own callers never meet that.
      maxItems: MAX_BATCH_SIZE,
      ...(headers ? { headers } : {}),
      ...(fetch ? { fetch } : {}),
    });
  return [
    splitLink({
      condition: (op) => op.type === "query" && cacheable.has(op.path),
      true: batch(),
      false: batch(),
    }),
  ];
}
