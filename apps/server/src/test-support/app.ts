import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type TestDeps, testDeps } from "@petshop/api/testing";
import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
import pino, { type Logger } from "pino";
import { type AppDeps, createApp } from "../app";

/** Two tiny built SPAs in a temporary folder, standing in for `vite build` output. */
export function fakeSpaBuilds() {
  const root = mkdtempSync(join(tmpdir(), "petshop-spa-"));
  for (const app of ["storefront", "admin"]) {
    mkdirSync(join(root, app, "assets"), { recursive: true });
    writeFileSync(join(root, app, "index.html"), `<!doctype html><title>${app}</title>`);
    writeFileSync(join(root, app, "assets", "main-abc123.js"), `console.log("${app}")`);
  }
  writeFileSync(join(root, "secret.txt"), "outside the SPA folders");
  return { storefrontDist: join(root, "storefront"), adminDist: join(root, "admin") };
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: TestDeps & AppDeps;
}

/** The real app on `db` with test dependencies (hand-moved clock, recorded mail, silent log). */
export function testApp(
  db: Kysely<Database>,
  options: { logger?: Logger; trustedProxyHops?: number } = {},
): TestApp {
  const deps = {
    ...testDeps(db),
    logger: options.logger ?? pino({ level: "silent" }),
    bodyLimitBytes: 64 * 1024,
    maxUploadBytes: 200 * 1024,
    allowedOrigins: ["http://admin.shop.test"],
    trustedProxyHops: options.trustedProxyHops ?? 0,
    stripeWebhook: null,
    shuttingDown: () => false,
    ...fakeSpaBuilds(),
  };
  return { app: createApp(deps), deps };
}
