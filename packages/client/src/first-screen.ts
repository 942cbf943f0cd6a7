import type { DehydratedState } from "@tanstack/react-query";

// What the server and the storefront agree on so that a page arrives with its first screen's data.
// The storefront's build includes a module (FIRST_SCREEN_MODULE) that runs its route loaders against
// a `fetch` the server gives it; the server puts the answers in the page, and the browser's query
// cache starts with them (docs/decisions/026-first-screen-data.md).

/** The answers the first screen of a page needs, and the pictures it shows first. */
export interface FirstScreen {
  /** TanStack Query's dehydrated cache: what `hydrate()` takes. */
  queries: DehydratedState;
  /** Pictures worth fetching before the page's code runs (preload links). */
  images: string[];
  /** The page's code that loads on demand, by source file as the build's Vite manifest names it. */
  pageModules: string[];
}

/** Works out a page's first screen by asking the API through `fetch`, as the browser would. */
export type LoadFirstScreen = (page: URL, fetch: typeof globalThis.fetch) => Promise<FirstScreen>;

/** The `<script type="application/json">` element that carries a page's first screen. */
export const FIRST_SCREEN_ELEMENT_ID = "first-screen";

/** Where a storefront build keeps its first-screen module, below its dist folder; never served. */
export const FIRST_SCREEN_MODULE = "server/first-screen.js";
