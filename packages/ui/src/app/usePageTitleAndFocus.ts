import { useRouterState } from "@tanstack/react-router";
import { useEffect, useRef } from "react";

// Each page's own title, and focus where a screen reader and a keyboard expect it after moving to
// another page. A page's title is its main heading (so dynamic pages, an animal or an order, name
// themselves), kept in step as the heading changes while data loads. After a move to another path
// (not a change of filters in the address, where focus belongs to the filter just used), focus
// goes to the new page's heading once it is there.

const HEADING_WAIT_MS = 5_000;

function mainHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>("main h1");
}

/**
 * The heading's words for the title, without what it marks `data-not-in-title`: a count beside
 * "Our animals" is for the page, and would make the title change under a visitor as data loads.
 */
function titleOf(heading: HTMLElement): string {
  const words = heading.cloneNode(true);
  if (!(words instanceof HTMLElement)) return "";
  for (const aside of words.querySelectorAll("[data-not-in-title]")) aside.remove();
  return (words.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Keeps `document.title` as "<main heading> · <site>", and focuses the heading after navigation. */
export function usePageTitleAndFocus(site: string) {
  // The resolved location: a lazily loaded page is there only once it has loaded.
  const pathname = useRouterState({
    select: (state) => (state.resolvedLocation ?? state.location).pathname,
  });
  const firstPath = useRef(pathname);

  useEffect(() => {
    const main = document.querySelector("main");
    if (!main) return;
    const name = () => {
      const found = mainHeading();
      const heading = found ? titleOf(found) : "";
      document.title = heading ? `${heading} · ${site}` : site;
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [site]);

  useEffect(() => {
    // The first page is where the browser put the visitor; only moves inside the app move focus.
    if (pathname === firstPath.current) return;
    firstPath.current = "";
    const started = performance.now();
    let frame = 0;
    const focusHeading = () => {
      const heading = mainHeading();
      if (heading) {
        if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
        heading.focus({ preventScroll: false });
        return;
      }
      if (performance.now() - started < HEADING_WAIT_MS) frame = requestAnimationFrame(focusHeading);
    };
    frame = requestAnimationFrame(focusHeading);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
