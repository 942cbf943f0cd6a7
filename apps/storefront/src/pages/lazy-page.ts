import { lazyRouteComponent, type RouteComponent } from "@tanstack/react-router";

// A page in a folder of its own loads on first visit (or on hover, by intent), so a visit downloads
// its own page and not every other page's forms. The catalogue's is the exception: it is the home
// page. Vite makes one chunk per page found here, and its manifest names each chunk by the page's
// file, which is how the server knows what to preload for a page it sends (decision 026).
const pages = import.meta.glob<Record<string, RouteComponent>>(["./*/*Page.tsx", "!./catalogue/*"]);

/** Where Vite's manifest finds a page: its file from the app's root. */
const manifestKey = (file: string) => `src/pages/${file.replace(/^\.\//, "")}`;

/**
 * A route's component loaded from `file` (below src/pages, e.g. "./cart/CartPage.tsx") on first
 * visit, and the file named in the route's static data for the server's preload links.
 */
export function lazyPage(file: string, name: string) {
  const load = pages[file];
  if (!load) throw new Error(`No page at ${file} that loads on first visit (pages/lazy-page.ts)`);
  return { component: lazyRouteComponent(load, name), staticData: { pageModule: manifestKey(file) } };
}

declare module "@tanstack/react-router" {
  interface StaticDataRouteOption {
    /** The file of a page that loads on first visit, as Vite's manifest names it. */
    pageModule?: string;
  }
}
