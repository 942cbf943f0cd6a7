import { defineConfig } from "vitest/config";

// Browser tests: the production build of both the server and this SPA, in headless Chromium.
// Run after `pnpm build` with `pnpm test:e2e`.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    // Each file starts a server and a browser; one at a time is plenty for two cores.
    fileParallelism: false,
    hookTimeout: 90_000,
    testTimeout: 60_000,
  },
});
