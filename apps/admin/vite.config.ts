import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
// By path: Vite leaves a config's bare imports to Node, which cannot load TypeScript. package.json
// still lists the package, so that turbo rebuilds this app when the plugin changes.
import { preloadFirstRender } from "../../tooling/vite-first-load/src/index";
import { preactInTheBuild } from "../../tooling/vite-preact/src/index";
import { precompress } from "../../tooling/vite-precompress/src/index";

// Served by the server under /admin/; in dev the API and the shop's pictures come from the server.
const apiOrigin = "http://127.0.0.1:3000";
// The server trusts writes only from its PUBLIC_URL (by default this origin), so the dev proxy
// presents the page's writes as coming from it.
const asTheShop = { target: apiOrigin, headers: { origin: apiOrigin } };

// What every page runs on goes in one chunk, rather than the dozen small pieces rolldown would cut
// it into by which pages share what: one piece compresses better (over 2 KiB gzip less on a first
// load) and changes less often than the pages. Forms, dialogs, charts and classic zod are left out:
// they load with the pages and dialogs that use them.
const framework = [
  // Preact (React in the build, decision 024), the router, the query cache and tRPC's client.
  /[\\/]node_modules[\\/](preact|use-sync-external-store|@tanstack|@trpc)[\\/]/,
  // zod/mini, for the router's URL schemas, and the core it shares with classic zod; not classic's
  // own API, nor its JSON Schema output.
  /[\\/]node_modules[\\/]zod[\\/]v4[\\/](mini[\\/]|core[\\/](?!(json-schema|to-json-schema|registries|memoizer)\b))/,
  // Our packages' pieces that nearly every page uses: the API client, plain values, labels, formats.
  /[\\/]packages[\\/](client[\\/]src|db[\\/]src|api[\\/]src[\\/](constants|batch-limits)\.ts|ui[\\/]src[\\/](index|Badge|BusyButton|buttons|format|labels|density|search-params|app[\\/]))/,
];

export default defineConfig({
  base: "/admin/",
  plugins: [
    react(),
    preactInTheBuild(),
    tailwindcss(),
    preloadFirstRender({ entry: "src/start.tsx" }),
    precompress(),
  ],
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: "framework", test: (id) => framework.some((pattern) => pattern.test(id)) }],
        },
      },
    },
  },
  server: {
    port: 5174,
    strictPort: true,
    proxy: {
      "/trpc": asTheShop,
      "/uploads": asTheShop,
      "/media": apiOrigin,
      "/images": apiOrigin,
      "/favicon.svg": apiOrigin,
    },
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test-setup.ts"],
  },
});
