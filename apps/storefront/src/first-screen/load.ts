import type { FirstScreen, LoadFirstScreen } from "@petshop/client/first-screen";
import { createApi, createQueryClient } from "@petshop/client/react";
import { dehydrate, type QueryClient } from "@tanstack/react-query";
import { createMemoryHistory } from "@tanstack/react-router";
import { createAppRouter } from "../router";

// Runs in the server, not the browser (vite.config.ts builds it for Node): the page's own route
// loaders, asking the API through the server's `fetch`, so the page arrives with their answers and
// the browser skips that round trip. Nothing is rendered here.

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Resolves once `queryClient` has no query fetching. */
function idle(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = queryClient.getQueryCache().subscribe(check);
    check();
  });
}

/**
 * Resolves once the loaders are done: no query fetching, still none a task later. Loaders act on an
 * answer in its promise's callbacks (the next query, the pictures), which may run after the cache
 * has told its listeners.
 */
async function settled(queryClient: QueryClient): Promise<void> {
  do {
    await idle(queryClient);
    await nextTask();
  } while (queryClient.isFetching() > 0);
}

/** The first screen of the storefront page at `page`, its API asked through `fetch`. */
export const loadFirstScreen: LoadFirstScreen = async (page, fetch): Promise<FirstScreen> => {
  const queryClient = createQueryClient();
  // A failed answer is left out, and the browser asks for it: a retry here would hold the page up.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const api = createApi({ url: page.origin, fetch, queryClient });
  const images: string[] = [];
  const history = createMemoryHistory({ initialEntries: [`${page.pathname}${page.search}`] });
  const router = createAppRouter(api, history, (urls) => {
    for (const url of urls) if (url) images.push(url);
  });
  await router.load();
  await settled(queryClient);
  const pageModules = router.state.matches.flatMap((match) => match.staticData.pageModule ?? []);
  const queries = dehydrate(queryClient);
  queryClient.clear();
  return { queries, images, pageModules };
};
