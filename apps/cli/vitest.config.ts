import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Builds dist/shop.js once, then migrates one template database per run (createTestDatabase).
    globalSetup: [
      fileURLToPath(new URL("./src/test-support/build-once.ts", import.meta.url)),
      fileURLToPath(import.meta.resolve("@petshop/migrations/testing/global-setup")),
    ],
    hookTimeout: 60_000,
    testTimeout: 60_000,
  },
});
