import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import type { Tracer } from "@opentelemetry/api";
import { type TestDeps, testDeps } from "@petshop/api/testing";
import { FIRST_SCREEN_MODULE } from "@petshop/client/first-screen";
import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";
import pino, { type Logger } from "pino";
import { type AppDeps, createApp } from "../app";
import type { ShopMetrics } from "../metrics/shop-metrics";
import { type AnswerStore, answerStore } from "../middleware/answer-store";

/** A script big enough to be worth compressing, as `vite build` would leave it. */
export const FAKE_LARGE_SCRIPT = `export const names = [${Array.from({ length: 300 }, (_, i) => `"pet-${i}"`).join(", ")}];\n`;

/** Writes `file` and, as tooling/vite-precompress does, its brotli and gzip copies beside it. */
function writeWithCopies(file: string, content: string) {
  writeFileSync(file, content);
  writeFileSync(`${file}.br`, brotliCompressSync(content));
  writeFileSync(`${file}.gz`, gzipSync(content));
}

/**
 * Two small built SPAs in a temporary folder, standing in for `vite build` output: index.html and
 * assets/app-def456.js with precompressed copies, assets/main-abc123.js too small to have any,
 * and the storefront's icon; and, when given, the storefront's first-screen module.
 */
export function fakeSpaBuilds(firstScreenModule?: string) {
  const root = mkdtempSync(join(tmpdir(), "petshop-spa-"));
  for (const app of ["storefront", "admin"]) {
    mkdirSync(join(root, app, "assets"), { recursive: true });
    const description = "Healthy, well-socialised pets. ".repeat(40);
    writeWithCopies(
      join(root, app, "index.html"),
      `<!doctype html><title>${app}</title><meta name="description" content="${description}">`,
    );
    writeFileSync(join(root, app, "assets", "main-abc123.js"), `console.log("${app}")`);
    writeWithCopies(join(root, app, "assets", "app-def456.js"), FAKE_LARGE_SCRIPT);
  }
  writeFileSync(join(root, "storefront", "favicon.svg"), `<svg xmlns="http://www.w3.org/2000/svg"/>`);
  if (firstScreenModule !== undefined) {
    const file = join(root, "storefront", FIRST_SCREEN_MODULE);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, firstScreenModule);
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
  options: {
    logger?: Logger;
    trustedProxyHops?: number;
    metrics?: ShopMetrics;
    tracer?: Tracer;
    answers?: AnswerStore | null;
    /** The source of the storefront build's first-screen module; none by default. */
    firstScreenModule?: string;
  } = {},
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
    metrics: options.metrics ?? null,
    tracer: options.tracer ?? null,
    answers: options.answers === undefined ? answerStore(4 * 1024 * 1024) : options.answers,
    ...fakeSpaBuilds(options.firstScreenModule),
  };
  return { app: createApp(deps), deps };
}
