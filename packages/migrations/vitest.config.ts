import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Migrates one template database per run; each test file copies it (createTestDatabase).
    globalSetup: ["./src/testing/global-setup.ts"],
    // PGlite takes seconds to start, more while other suites run.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
