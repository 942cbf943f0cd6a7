import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
// By path: Vite leaves a config's bare imports to Node, which cannot load TypeScript. package.json
// still lists the package, so that turbo rebuilds this app when the plugin changes.
import { precompress } from "../../tooling/vite-precompress/src/index";

// Served by the server under /admin/; in dev the API and the shop's pictures come from the server.
const apiOrigin = "http://127.0.0.1:3000";
// The server trusts writes only from its PUBLIC_URL (by default this origin), so the dev proxy
// presents the page's writes as coming from it.
const asTheShop = { target: apiOrigin, headers: { origin: apiOrigin } };

export default defineConfig({
  base: "/admin/",
  plugins: [react(), tailwindcss(), precompress()],
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
