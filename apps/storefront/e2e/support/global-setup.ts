import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { DEMO_ADMIN, signIn } from "./api";
import type { StorageState } from "./cookies";
import { startBuiltServer } from "./server";

// One server for the whole browser run: starting one (migrating and seeding PGlite) costs more
// than most tests. Tests share its database, so each makes its own accounts and orders. Staff sign
// in here once; every test that needs staff starts from that stored session.

declare module "vitest" {
  export interface ProvidedContext {
    shopUrl: string;
    /** The server's output, where its mail ends up without SMTP. */
    shopLogFile: string;
    /** The demo admin's session cookie, as a browser context restores it. */
    staffSession: StorageState;
  }
}

export default async function setup(project: TestProject) {
  // Screenshots and the server's log, relative to apps/storefront where vitest runs.
  mkdirSync("test-results", { recursive: true });
  const logFile = resolve("test-results/e2e-server.log");
  const server = await startBuiltServer(logFile);
  try {
    const staff = await signIn(server.url, DEMO_ADMIN.email, DEMO_ADMIN.password);
    project.provide("staffSession", staff.storageState());
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide("shopUrl", server.url);
  project.provide("shopLogFile", logFile);
  return () => server.stop();
}
