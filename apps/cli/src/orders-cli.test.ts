import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { callerWith, insertAnimal, placeOrder, signedInActor } from "@petshop/api/testing";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allOutput, emptyFolder, runShop } from "./test-support/run-shop";
import { type ShopServer, startShopServer } from "./test-support/shop-server";

// Who the token is, orders out for the books, the sales report and the courier's fulfilment: the
// built command against the real server and database.

let server: ShopServer;
let env: Record<string, string>;

interface Placed {
  id: string;
  number: string;
}

let orders: { paidDog: Placed; paidCats: Placed; unpaid: Placed };

/** Places an order of `quantity` × a new animal of `species` at `priceMinor`, and pays it if asked. */
async function order(species: "dog" | "cat" | "bird", priceMinor: number, quantity: number, pay: boolean) {
  const { deps, app } = server.shop;
  const animal = await insertAnimal(server.testDb.db, { species, priceMinor, stock: quantity });
  const customer = await signedInActor(deps, "customer");
  const placed = await placeOrder(deps, customer, [{ animalId: animal.id, quantity }]);
  if (pay) {
    const { caller } = await callerWith(deps, { cookie: customer.cookie });
    const { redirectUrl } = await caller.payments.start({ orderId: placed.id });
    const paid = await app.request(`${new URL(redirectUrl).pathname}/pay`, {
      method: "POST",
      headers: { origin: deps.publicUrl },
    });
    expect(paid.status).toBe(303);
  }
  return { id: placed.id, number: placed.number };
}

/** The days (in the shop's time zone) on which the test's orders were paid. */
async function paidDays() {
  const rows = await server.testDb.db
    .selectFrom("orderEvents")
    .select("createdAt")
    .where("toStatus", "=", "paid")
    .execute();
  const dublinDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Dublin" });
  const days = rows.map((r) => dublinDay.format(new Date(r.createdAt))).sort();
  return { from: days[0] ?? "", to: days.at(-1) ?? "" };
}

beforeAll(async () => {
  server = await startShopServer();
  env = { SHOP_API_URL: server.url, SHOP_API_TOKEN: server.staffToken };
  orders = {
    paidDog: await order("dog", 42_000, 1, true),
    paidCats: await order("cat", 25_000, 2, true),
    unpaid: await order("bird", 9_000, 1, false),
  };
});
afterAll(async () => {
  await server?.close();
});

describe("who the command is", () => {
  it("whoami names the token's account and role", async () => {
    const result = await runShop(["whoami"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `${server.staff.email} (${server.staff.email.split("@")[0]?.replace("-", " ")}), staff, at ${server.url}\n`,
    );
  });

  it("reads SHOP_API_URL and SHOP_API_TOKEN from a .env file in the current folder", async () => {
    const folder = emptyFolder();
    writeFileSync(join(folder, ".env"), `SHOP_API_URL=${server.url}\nSHOP_API_TOKEN=${server.staffToken}\n`);
    const result = await runShop(["whoami"], { cwd: folder });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(", staff, at ");
  });

  it("refuses a wrong or revoked token in one line, exit 2", async () => {
    const { caller } = await callerWith(server.shop.deps, { cookie: server.staff.cookie });
    const revoked = await caller.users.createApiToken({ name: "to revoke" });
    await caller.users.revokeApiToken({ id: revoked.id });
    for (const token of [`${server.staffToken.slice(0, -4)}aaaa`, revoked.token, "not-a-token"]) {
      const result = await runShop(["animals", "export"], { env: { ...env, SHOP_API_TOKEN: token } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(
        "shop: The shop refused the API token: it is wrong, expired or revoked. Create a new one in the admin app (Tokens).\n",
      );
      expect(result.stderr).not.toContain(token);
    }
  });

  it("refuses the token of an account that is no longer staff, exit 2", async () => {
    const { deps } = server.shop;
    const former = await signedInActor(deps, "staff", "former-staff");
    const { token } = await (await callerWith(deps, { cookie: former.cookie })).caller.users.createApiToken({
      name: "old script",
    });
    const admin = await signedInActor(deps, "admin");
    await (await callerWith(deps, { cookie: admin.cookie })).caller.users.setRole({
      id: former.id,
      role: "customer",
    });
    const result = await runShop(["report", "low-stock"], { env: { ...env, SHOP_API_TOKEN: token } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `shop: This token acts as ${former.email}, a customer: only staff may do this. Use a token of a staff account.\n`,
    );
  });

  it("asks for a token when there is none, exit 2", async () => {
    const result = await runShop(["report", "low-stock"], { env: { SHOP_API_URL: server.url } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^shop: No API token: pass --token or set SHOP_API_TOKEN/);
  });

  it("says when the shop cannot be reached, exit 2", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const address = closed.address();
    const port = address && typeof address === "object" ? address.port : 0;
    await new Promise((resolve) => closed.close(resolve));
    const result = await runShop(["whoami", "--url", `http://127.0.0.1:${port}`], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `shop: Cannot reach the shop at http://127.0.0.1:${port} (ECONNREFUSED). Is it running? Check --url or SHOP_API_URL.\n`,
    );
  });

  it("with --verbose prints each request, never the token", async () => {
    const result = await runShop(["whoami", "--verbose"], { env });
    expect(result.stderr).toMatch(/GET \/trpc\/users\.me → 200 in \d+ ms/);
  });

  it("treats bad usage as exit 2 with a one-line reason", async () => {
    for (const args of [
      ["report", "sales", "--from", "2026-11-01"],
      ["report", "sales", "--from", "2026-11-30", "--to", "2026-11-01"],
      ["report", "sales", "--from", "0000-01-01", "--to", "2026-11-01"],
      ["report", "sales", "--from", "2026-11-01", "--to", "2026-11-30", "--by", "year"],
      ["report", "low-stock", "--below", "-1"],
      ["report", "low-stock", "--format", "xml"],
      ["orders", "fulfil", "12a"],
      ["no-such-command"],
    ]) {
      const result = await runShop(args, { env });
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stdout, args.join(" ")).toBe("");
    }
  });
});

describe("shop orders export", () => {
  it("writes one line per order line, agreeing with the database", async () => {
    const { from, to } = await paidDays();
    const result = await runShop(["orders", "export", "--from", from, "--to", to], { env });
    expect(result.code).toBe(0);
    const rows: Record<string, string>[] = parse(result.stdout, { columns: true });
    const byNumber = new Map(rows.map((r) => [r.orderNumber, r]));
    expect(byNumber.get(orders.paidCats.number)).toMatchObject({
      status: "paid",
      species: "cat",
      quantity: "2",
      unitPriceMinor: "25000",
      lineTotalMinor: "50000",
      orderTotalMinor: "50000",
      orderRefundedMinor: "0",
      currency: "EUR",
    });
    expect(byNumber.get(orders.unpaid.number)).toMatchObject({ status: "pending_payment", paidAt: "" });
    const inDatabase = await server.testDb.db
      .selectFrom("orderLines")
      .innerJoin("orders", "orders.id", "orderLines.orderId")
      .select(["orders.number", "orderLines.quantity", "orderLines.unitPriceMinor"])
      .orderBy("orders.number")
      .execute();
    expect(rows.map((r) => [r.orderNumber, Number(r.quantity), Number(r.unitPriceMinor)])).toEqual(
      inDatabase.map((r) => [r.number, r.quantity, r.unitPriceMinor]),
    );
  });

  it("filters by status", async () => {
    const { from, to } = await paidDays();
    const result = await runShop(
      ["orders", "export", "--from", from, "--to", to, "--status", "pending_payment"],
      {
        env,
      },
    );
    const rows: Record<string, string>[] = parse(result.stdout, { columns: true });
    expect(rows.map((r) => r.orderNumber)).toEqual([orders.unpaid.number]);
  });
});

describe("shop report", () => {
  it("sales agree with the paid orders, by species and in total", async () => {
    const { from, to } = await paidDays();
    const result = await runShop(
      ["report", "sales", "--from", from, "--to", to, "--by", "species", "--format", "json"],
      {
        env,
      },
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.totals).toEqual({
      orders: 2,
      units: 3,
      grossMinor: 92_000,
      refundsMinor: 0,
      netMinor: 92_000,
    });
    expect(report.rows).toEqual([
      { key: "cat", orders: 1, units: 2, grossMinor: 50_000, refundsMinor: 0, netMinor: 50_000 },
      { key: "dog", orders: 1, units: 1, grossMinor: 42_000, refundsMinor: 0, netMinor: 42_000 },
    ]);
  });

  it("sales as a table for people and CSV for programs", async () => {
    const { from, to } = await paidDays();
    const table = await runShop(["report", "sales", "--from", from, "--to", to, "--by", "day"], { env });
    expect(table.stdout).toMatch(/total\s*│\s*2\s*│\s*3\s*│\s*€920\.00/);
    const csv = await runShop(
      ["report", "sales", "--from", from, "--to", to, "--by", "day", "--format", "csv"],
      {
        env,
      },
    );
    expect(csv.stdout.split("\n")[0]).toBe("day,orders,units,grossMinor,refundsMinor,netMinor,currency");
  });

  it("low-stock lists active listings under the threshold, lowest first", async () => {
    await insertAnimal(server.testDb.db, { slug: "last-one", name: "Last One", stock: 1 });
    await insertAnimal(server.testDb.db, { slug: "none-left", name: "None Left", stock: 0 });
    await insertAnimal(server.testDb.db, { slug: "hidden-draft", name: "Hidden", stock: 0, status: "draft" });
    const result = await runShop(["report", "low-stock", "--below", "2", "--format", "csv"], { env });
    const rows: Record<string, string>[] = parse(result.stdout, { columns: true });
    const slugs = rows.map((r) => r.slug);
    expect(slugs).toContain("last-one");
    expect(slugs.indexOf("none-left")).toBeLessThan(slugs.indexOf("last-one"));
    expect(slugs).not.toContain("hidden-draft");
  });
});

describe("shop orders fulfil", () => {
  it("moves a paid order, refuses an unpaid or unknown one, and says so per order", async () => {
    const result = await runShop(
      ["orders", "fulfil", orders.paidDog.number, orders.unpaid.number, "999999", orders.paidDog.number],
      { env },
    );
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")).toEqual([
      `order ${orders.paidDog.number}: fulfilled`,
      expect.stringMatching(new RegExp(`^order ${orders.unpaid.number}: refused: .+`)),
      "order 999999: refused: There is no order number 999999.",
      `order ${orders.paidDog.number}: already fulfilled, nothing to do`,
      "",
    ]);
    const statuses = await server.testDb.db
      .selectFrom("orders")
      .select(["id", "status"])
      .where("id", "in", [orders.paidDog.id, orders.unpaid.id])
      .execute();
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [orders.paidDog.id]: "fulfilled",
      [orders.unpaid.id]: "pending_payment",
    });
    const again = await runShop(["orders", "fulfil", orders.paidDog.number], { env });
    expect(again.code).toBe(0);
  });
});

it("never prints the token", () => {
  expect(allOutput.length).toBeGreaterThan(10);
  for (const output of allOutput) expect(output).not.toContain(server.staffToken);
});
