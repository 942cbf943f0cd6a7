/**
 * Starts downloading pictures the page is about to show, as soon as their addresses are known
 * (when the data arrives) rather than once the page has rendered them. The browser's image cache
 * then hands them to the page's `<img>`s. `fetchPriority` matches the eager pictures' own.
 */
export function warmImages(urls: readonly (string | undefined)[]): void {
  if (typeof Image === "undefined") return;
  for (const url of urls) {
    if (!url) continue;
    const image = new Image();
    image.fetchPriority = "high";
    image.src = url;
  }
}
