import { FIRST_SCREEN_ELEMENT_ID } from "@petshop/client/first-screen";
import { type DehydratedState, hydrate, type QueryClient } from "@tanstack/react-query";

/**
 * The server's answers as of now on this device's clock: they were made moments ago, but stamped
 * with the server's clock, and a phone whose clock runs a minute ahead would find them all stale
 * (and ask again), one that runs behind would keep them too long.
 */
function asOfNow(state: DehydratedState, now: number): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({ ...query, state: { ...query.state, dataUpdatedAt: now } })),
  };
}

/**
 * Starts the query cache with the answers the server put in the page (load.ts made them), so the
 * route's loaders find them fresh and ask nothing. A page without them, or with a copy that is not
 * what the server writes, asks the API as before.
 */
export function hydrateFirstScreen(queryClient: QueryClient, page: Document = document): void {
  const element = page.getElementById(FIRST_SCREEN_ELEMENT_ID);
  if (!element?.textContent) return;
  try {
    hydrate(queryClient, asOfNow(JSON.parse(element.textContent), Date.now()));
  } catch (error) {
    console.warn("The page's first-screen data could not be read; asking the API instead.", error);
  }
}
