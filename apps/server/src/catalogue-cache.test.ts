import { signedInActor } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "./test-support/app";

// ETag and 304 for the public catalogue through the real app.

let testDb: TestDatabase;
let shop: TestApp;

beforeAll(async () => {
  testDb = await createTestDatabase();
  shop = testApp(testDb.db);
  await testDb.db
    .insertInto("animals")
    .values({
      slug: "luna",
      name: "Luna",
      species: "cat",
      breed: "Maine Coon",
      sex: "female",
      birthDate: "2026-03-01",
      priceMinor: 100000,
      currency: "EUR",
      stock: 1,
      status: "active",
    })
    .execute();
});
afterAll(() => testDb?.destroy());

const list = (headers: Record<string, string> = {}) =>
  shop.app.request(`/trpc/animals.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: {} }))}`, {
    headers,
  });

describe("catalogue caching", () => {
  it("answers anonymous callers with a public, revalidatable response", async () => {
    const res = await list();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=30, stale-while-revalidate=300");
    expect(res.headers.get("etag")).toMatch(/^W\/"catalogue-\d+-2026-11-21-public"$/);
  });

  it("answers 304 to a matching If-None-Match without running the catalogue query", async () => {
    const etag = (await list()).headers.get("etag") ?? "";
    // Changed behind the version's back: had the query run, the answer would differ.
    await testDb.db.deleteFrom("animals").where("slug", "=", "luna").execute();
    const revalidated = await list({ "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
  });

  it("answers 200 with a new ETag once staff change the catalogue", async () => {
    const etag = (await list()).headers.get("etag") ?? "";
    const staff = await signedInActor(shop.deps, "staff");
    const created = await shop.app.request("/trpc/animals.create?batch=1", {
      method: "POST",
      headers: { cookie: staff.cookie, "sec-fetch-site": "same-origin", "content-type": "application/json" },
      body: JSON.stringify({
        0: {
          name: "Nova",
          species: "cat",
          breed: "Siamese",
          sex: "female",
          birthDate: "2026-05-01",
          description: "",
          priceMinor: 90000,
          currency: "EUR",
        },
      }),
    });
    expect(created.status).toBe(200);
    // Each process reuses the version it read for a second.
    shop.deps.clock.advance(1_000);
    const fresh = await list({ "if-none-match": etag });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("etag")).not.toBe(etag);
  });

  it("keeps an anonymous visitor with a cart on the public answer", async () => {
    const res = await list({ cookie: "cart=abcdefghijklmnopqrstuvwxyz234567" });
    expect(res.headers.get("cache-control")).toBe("public, max-age=30, stale-while-revalidate=300");
    expect(res.headers.get("etag")).toMatch(/-public"$/);
  });

  it("keeps signed-in and staff answers out of shared caches", async () => {
    const customer = await signedInActor(shop.deps, "customer");
    const signedIn = await list({ cookie: customer.cookie });
    expect(signedIn.headers.get("cache-control")).toBe("private, no-cache");
    expect(signedIn.headers.get("etag")).toMatch(/-user"$/);

    const staff = await signedInActor(shop.deps, "staff");
    const staffView = await shop.app.request(
      `/trpc/animals.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { status: ["draft"] } }))}`,
      { headers: { cookie: staff.cookie } },
    );
    expect(staffView.status).toBe(200);
    expect(staffView.headers.get("etag")).toBeNull();
    expect(staffView.headers.get("cache-control")).toBeNull();
  });

  it("never caches a batch that carries a user-specific query", async () => {
    const res = await shop.app.request(
      `/trpc/users.me,animals.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: {}, 1: {} }))}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeNull();
  });
});
