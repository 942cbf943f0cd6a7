import { defineConfig } from "vitest/config";

// Browser tests: the production build of both the server and this SPA, in headless Chromium.
// Run after `pnpm build` with `pnpm test:e2e`. One server serves the whole run (the global set-up
// starts it and signs staff in once); each test has its own browser context (e2e/support/fixtures.ts).
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["e2e/support/global-setup.ts"],
    // One browser at a time is plenty for two cores, and the dashboard's tests count the shared
    // database's paid orders, which a test in another file could change under them.
    fileParallelism: false,
    hookTimeout: 90_000,
    testTimeout: 60_000,
  },
});
