import { FIRST_SCREEN_ELEMENT_ID } from "@petshop/client/first-screen";
import { hydrate, type QueryClient } from "@tanstack/react-query";

/**
 * Starts the query cache with the answers the server put in the page (load.ts made them), so the
 * route's loaders find them fresh and ask nothing. A page without them, or with a broken copy,
 * asks the API as before.
 */
export function hydrateFirstScreen(queryClient: QueryClient, page: Document = document): void {
  const element = page.getElementById(FIRST_SCREEN_ELEMENT_ID);
  if (!element?.textContent) return;
  try {
    hydrate(queryClient, JSON.parse(element.textContent));
  } catch (error) {
    console.warn("The page's first-screen data could not be read; asking the API instead.", error);
  }
}
