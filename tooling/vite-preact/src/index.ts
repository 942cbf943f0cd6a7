import type { Alias, Plugin } from "vite";

/** Where each of React's entry points that the apps and their libraries import is found in Preact. */
export const PREACT_IN_PLACE_OF_REACT: readonly Alias[] = [
  { find: /^react$/, replacement: "preact/compat" },
  { find: /^react-dom$/, replacement: "preact/compat" },
  { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
  { find: /^react\/jsx-runtime$/, replacement: "preact/compat/jsx-runtime" },
  { find: /^react\/jsx-dev-runtime$/, replacement: "preact/compat/jsx-dev-runtime" },
];

const REACT_ENTRY = /^(react|react-dom|scheduler)(\/|$)/;

/**
 * Builds the app on Preact's compatibility layer instead of React (decision 024). Build only:
 * `vite dev` and Vitest keep React, for its warnings, Fast Refresh and the libraries' CommonJS
 * builds; the browser tests and the page audit run the build, so they check what ships.
 */
export function preactInTheBuild(): Plugin {
  return {
    name: "petshop:preact-in-the-build",
    apply: "build",
    config: () => ({
      // The app's own copy of Preact, whichever package (ours or a library) imports React: pnpm
      // lets only packages that list Preact find it.
      resolve: { alias: [...PREACT_IN_PLACE_OF_REACT], dedupe: ["preact"] },
    }),
    // Aliases are applied before any plugin resolves, so a React import that reaches here has no
    // Preact counterpart above; bundling it would ship React beside Preact.
    resolveId(source, importer) {
      if (REACT_ENTRY.test(source)) {
        this.error(
          `${source} (imported by ${importer ?? "the entry"}) has no Preact counterpart in the build`,
        );
      }
    },
  };
}
