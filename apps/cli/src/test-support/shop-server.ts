import { serve } from "@hono/node-server";
import { callerWith, signedInActor, type TestActor } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { type TestApp, testApp } from "@petshop/server/testing";

// The real server on a real port over a fresh test database, for the command to talk to.

export interface ShopServer {
  url: string;
  shop: TestApp;
  testDb: TestDatabase;
  staff: TestActor;
  /** An API token of `staff`, as the admin app's Tokens page makes one. */
  staffToken: string;
  close(): Promise<void>;
}

/** Starts the app on 127.0.0.1 and a free port, with a staff account and its API token. */
export async function startShopServer(): Promise<ShopServer> {
  const testDb = await createTestDatabase();
  const shop = testApp(testDb.db);
  const server = serve({ fetch: shop.app.fetch, hostname: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("The test server has no TCP port");
  const { port } = address;
  const staff = await signedInActor(shop.deps, "staff");
  const { caller } = await callerWith(shop.deps, { cookie: staff.cookie });
  const { token } = await caller.users.createApiToken({ name: "cli tests" });
  return {
    url: `http://127.0.0.1:${port}`,
    shop,
    testDb,
    staff,
    staffToken: token,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await testDb.destroy();
    },
  };
}
