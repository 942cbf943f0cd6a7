import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { insertAnimal, payOrder, placeOrder, signedInActor, testDeps } from "@petshop/api/testing";
import { createDatabase } from "@petshop/db";
import { createTestDatabase } from "@petshop/migrations/testing";
import { sql } from "kysely";
import { afterEach, describe, expect, inject, it } from "vitest";
import { killServers, serverOrigin, startServer } from "./test-support/processes";

// The restore drill of docs/operations.md, as a test: a shop's database with accounts, a session,
// an order and its payment is dumped with pg_dump, restored with pg_restore into a database of its
// own, and a server started on the copy finds all of it. PostgreSQL only.

const template = inject("testDatabaseTemplate");
const onPostgres = template.kind === "postgres";

afterEach(killServers);

/** Runs `statement` on the PostgreSQL server itself (creating or dropping a database). */
async function onServer(serverUrl: string, statement: ReturnType<typeof sql>) {
  const db = createDatabase({ kind: "postgres", url: serverUrl, poolMax: 1 });
  try {
    await statement.execute(db);
  } finally {
    await db.destroy();
  }
}

describe.runIf(onPostgres)("a backup restored into a new database", () => {
  it("serves the same shop: the customer still signed in, the order paid, the animal sold", async () => {
    const source = await createTestDatabase();
    const serverUrl = template.kind === "postgres" ? template.serverUrl : "";
    const restoredName = `petshop_restore_${process.pid}_${Date.now()}`;
    const restored = new URL(serverUrl);
    restored.pathname = `/${restoredName}`;
    try {
      const deps = testDeps(source.db);
      const animal = await insertAnimal(source.db, { name: "Biscuit", stock: 3, priceMinor: 120_000 });
      const customer = await signedInActor(deps, "customer");
      const order = await placeOrder(deps, customer, [{ animalId: animal.id }]);
      const paymentId = await payOrder(deps, customer, order.id);

      const dump = join(mkdtempSync(join(tmpdir(), "petshop-backup-")), "shop.dump");
      execFileSync("pg_dump", ["--format=custom", "--no-owner", "--file", dump, source.url ?? ""]);
      await onServer(serverUrl, sql`create database ${sql.id(restoredName)}`);
      execFileSync("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", restored.toString(), dump]);

      // Nothing to migrate: the backup holds the schema with its migration history.
      const server = startServer({ DATABASE_URL: restored.toString(), MIGRATE_ON_START: "false" });
      const origin = await serverOrigin(server);
      expect((await fetch(`${origin}/readyz`)).status).toBe(200);
      const read = async (path: string, input?: unknown) => {
        const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
        const response = await fetch(`${origin}/trpc/${path}${search}`, {
          headers: { cookie: customer.cookie },
        });
        expect(response.status, path).toBe(200);
        return ((await response.json()) as { result: { data: Record<string, unknown> } }).result.data;
      };
      expect(await read("users.me")).toMatchObject({ email: customer.email });
      expect(await read("orders.byId", { orderId: order.id })).toMatchObject({
        id: order.id,
        status: "paid",
      });
      expect(await read("animals.bySlug", { slug: animal.slug })).toMatchObject({
        name: "Biscuit",
        stock: 2,
      });

      const copy = createDatabase({ kind: "postgres", url: restored.toString(), poolMax: 1 });
      try {
        const payment = await copy
          .selectFrom("payments")
          .select("status")
          .where("id", "=", paymentId)
          .executeTakeFirst();
        expect(payment?.status).toBe("succeeded");
      } finally {
        await copy.destroy();
      }
      server.child.kill("SIGINT");
      expect(await server.exited).toBe(0);
    } finally {
      await killServers();
      await onServer(serverUrl, sql`drop database if exists ${sql.id(restoredName)} with (force)`);
      await source.destroy();
    }
  }, 120_000);
});
