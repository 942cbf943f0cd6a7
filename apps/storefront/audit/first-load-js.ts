import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

// The JavaScript a page downloaded, measured as the build wrote it: each script's bytes gzipped,
// so the figure is the same whichever encoding a browser asked for and whatever the network did.

/** Where each app's built files are served from, longest prefix first. */
const SERVED_FROM = [
  { prefix: "/admin/", dir: "apps/admin/dist" },
  { prefix: "/", dir: "apps/storefront/dist" },
] as const;

/** The built file behind a script URL of the shop's own origin. */
export function builtFile(root: string, scriptUrl: string): string {
  const { pathname } = new URL(scriptUrl);
  const place = SERVED_FROM.find(({ prefix }) => pathname.startsWith(prefix));
  if (!place) throw new Error(`no app serves ${pathname}`);
  return join(root, place.dir, pathname.slice(place.prefix.length));
}

/** The gzip size, in bytes, of every script in `scriptUrls` (each counted once). */
export function gzipBytes(root: string, scriptUrls: readonly string[]): number {
  return [...new Set(scriptUrls)]
    .map((url) => gzipSync(readFileSync(builtFile(root, url)), { level: 9 }).length)
    .reduce((sum, size) => sum + size, 0);
}
