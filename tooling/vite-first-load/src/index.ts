import type { HtmlTagDescriptor, Plugin } from "vite";
import { firstRenderFiles } from "./first-render-files";

export { firstRenderFiles } from "./first-render-files";

export interface FirstLoadOptions {
  /** The module the entry imports dynamically to render the app, e.g. `src/start.tsx`. */
  entry: string;
}

/**
 * Our entries import the app dynamically (zod must be configured first: csp-safe-zod.ts), so the
 * browser would learn of the app's chunks and stylesheet only as each arrives, a round trip
 * apiece. This names them all in index.html, so they download at once, in parallel with the entry.
 */
export function preloadFirstRender({ entry }: FirstLoadOptions): Plugin {
  let base = "/";
  return {
    name: "petshop:preload-first-render",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const files = firstRenderFiles(bundle, entry);
        const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({
          tag: "link",
          attrs,
          injectTo: "head",
        });
        return [
          ...files.stylesheets.map((name) =>
            link({ rel: "stylesheet", crossorigin: true, href: base + name }),
          ),
          ...files.scripts.map((name) =>
            link({ rel: "modulepreload", crossorigin: true, href: base + name }),
          ),
        ];
      },
    },
  };
}
