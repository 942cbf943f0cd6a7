import { basename, dirname } from "node:path";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type ViteUserConfig } from "vitest/config";
// By path: Vite leaves a config's bare imports to Node, which cannot load TypeScript. package.json
// still lists the packages, so that turbo rebuilds this app when they change.
import { FIRST_SCREEN_MODULE } from "../../packages/client/src/first-screen";
import { preloadFirstRender } from "../../tooling/vite-first-load/src/index";
import { preactInTheBuild } from "../../tooling/vite-preact/src/index";
import { precompress } from "../../tooling/vite-precompress/src/index";

// In dev the API runs on its own port (pnpm dev starts it); the browser talks only to Vite.
const apiOrigin = "http://127.0.0.1:3000";
// The server trusts writes only from its PUBLIC_URL (by default this origin), so the dev proxy
// presents the page's writes as coming from it.
const asTheShop = { target: apiOrigin, headers: { origin: apiOrigin } };

const theApp: ViteUserConfig = {
  plugins: [
    react(),
    preactInTheBuild(),
    tailwindcss(),
    preloadFirstRender({ entry: "src/start.tsx" }),
    precompress(),
  ],
  // The server reads it to preload a page's own code with the page (decision 026).
  build: { manifest: true },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { "/trpc": asTheShop, "/media": apiOrigin },
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}", "audit/**/*.test.ts"],
    setupFiles: ["./src/test-support/setup.ts"],
  },
};

/**
 * `vite build --ssr src/first-screen/load.ts`: the module the server runs to give a page its first
 * screen's data, bundled with all it imports into a folder the server never serves,
 * so the server's image needs none of this app's packages.
 */
const firstScreenModule: ViteUserConfig = {
  plugins: [react(), preactInTheBuild()],
  ssr: { noExternal: true },
  publicDir: false,
  build: {
    outDir: `dist/${dirname(FIRST_SCREEN_MODULE)}`,
    target: "node20",
    rolldownOptions: { output: { entryFileNames: basename(FIRST_SCREEN_MODULE) } },
  },
};

export default defineConfig(({ isSsrBuild }) => (isSsrBuild ? firstScreenModule : theApp));
