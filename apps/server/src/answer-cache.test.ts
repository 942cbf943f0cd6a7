import { gunzipSync } from "node:zlib";
import { insertAnimal, signedInActor } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "./test-support/app";

// Public catalogue answers kept in memory, through the real app on a real database: what is kept,
// what never is, and how a staff write reaches this instance and another.

let testDb: TestDatabase;
let shop: TestApp;
/** Catalogue queries the database ran (counted by Kysely's query hook). */
let catalogueQueries = 0;

beforeAll(async () => {
  testDb = await createTestDatabase({
    log: (event) => {
      if (event.level === "query" && /from "animals"/.test(event.query.sql)) catalogueQueries++;
    },
  });
  for (const name of ["Ada", "Bo", "Cy", "Di", "Ed", "Fay"]) {
    await insertAnimal(testDb.db, {
      name,
      slug: name.toLowerCase(),
      description: "A calm, friendly companion. ".repeat(8),
    });
  }
  shop = testApp(testDb.db);
});
afterAll(() => testDb?.destroy());
beforeEach(() => {
  catalogueQueries = 0;
});

const listPath = (input: object) => `/trpc/animals.list?input=${encodeURIComponent(JSON.stringify(input))}`;
const names = async (res: Response) =>
  ((await res.json()) as { result: { data: { items: { name: string }[] } } }).result.data.items.map(
    (a) => a.name,
  );

const staffWrite = async (app: TestApp, body: object, procedure = "animals.create") => {
  const staff = await signedInActor(app.deps, "staff");
  const res = await app.app.request(`/trpc/${procedure}`, {
    method: "POST",
    headers: { cookie: staff.cookie, "sec-fetch-site": "same-origin", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
};

describe("the catalogue's kept answers", () => {
  it("answers a public call asked again, in any key order, without running the query", async () => {
    const first = await shop.app.request(listPath({ limit: 5, sort: "name" }));
    expect(first.status).toBe(200);
    const ran = catalogueQueries;
    expect(ran).toBeGreaterThan(0);

    const again = await shop.app.request(listPath({ sort: "name", limit: 5 }));
    expect(await names(again)).toEqual(await names(first.clone()));
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(again.headers.get("cache-control")).toBe("public, max-age=30, stale-while-revalidate=300");
    // A kept answer says what the procedure's own answer said.
    expect(again.headers.get("vary")).toBe(first.headers.get("vary"));
    expect(again.headers.get("content-type")).toBe(first.headers.get("content-type"));

    const gzipped = await shop.app.request(listPath({ limit: 5, sort: "name" }), {
      headers: { "accept-encoding": "gzip, br" },
    });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(gzipped.headers.get("vary")).toMatch(/accept-encoding/i);
    const unzipped = JSON.parse(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString("utf8"));
    expect(unzipped).toEqual(await first.json());
    expect(catalogueQueries).toBe(ran);
  });

  it("gzips a kept answer once, for the first client that accepts it, and sends it to the next", async () => {
    const input = { limit: 10, sort: "price_desc" };
    const gzip = { "accept-encoding": "gzip" };
    const miss = await shop.app.request(listPath(input), { headers: gzip });
    expect(miss.headers.get("content-encoding")).toBe("gzip");
    const json = gunzipSync(Buffer.from(await miss.arrayBuffer())).toString("utf8");
    const bytesAfterMiss = shop.deps.answers?.bytes ?? 0;
    const hit = await shop.app.request(listPath(input), { headers: gzip });
    expect(hit.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await hit.arrayBuffer())).toString("utf8")).toBe(json);
    expect(shop.deps.answers?.bytes).toBe(bytesAfterMiss);
    const plain = await shop.app.request(listPath(input));
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(json);
  });

  it("shows a staff write on this instance at once, and on another within the version's bound", async () => {
    const other = testApp(testDb.db);
    const gus = await insertAnimal(testDb.db, { name: "Gus", slug: "gus", status: "draft" });
    const input = { limit: 24, sort: "name" };
    expect(await names(await shop.app.request(listPath(input)))).not.toContain("Gus");
    expect(await names(await other.app.request(listPath(input)))).not.toContain("Gus");

    await staffWrite(shop, { id: gus.id, status: "active" }, "animals.setStatus");
    // No clock moved: this instance forgot the version when the write went through it.
    expect(await names(await shop.app.request(listPath(input)))).toContain("Gus");
    // The other instance reuses the version it read for up to a second, then reads it again.
    expect(await names(await other.app.request(listPath(input)))).not.toContain("Gus");
    other.deps.clock.advance(1_000);
    expect(await names(await other.app.request(listPath(input)))).toContain("Gus");
  });

  it("never answers signed-in callers or staff views from memory, nor keeps their answers", async () => {
    const input = { limit: 3 };
    await shop.app.request(listPath(input));
    const kept = shop.deps.answers?.entries;
    catalogueQueries = 0;

    const customer = await signedInActor(shop.deps, "customer");
    const signedIn = await shop.app.request(listPath(input), { headers: { cookie: customer.cookie } });
    expect(signedIn.headers.get("cache-control")).toBe("private, no-cache");
    expect(catalogueQueries).toBeGreaterThan(0);

    catalogueQueries = 0;
    const staff = await signedInActor(shop.deps, "staff");
    const staffView = await shop.app.request(listPath({ ...input, status: ["draft", "active"] }), {
      headers: { cookie: staff.cookie },
    });
    expect(staffView.status).toBe(200);
    expect(catalogueQueries).toBeGreaterThan(0);

    // A script's call is its own business: never answered from memory (here refused, not 200).
    const script = await shop.app.request(listPath(input), {
      headers: { authorization: "Bearer not-a-token" },
    });
    expect(script.status).toBe(401);
    expect(shop.deps.answers?.entries).toBe(kept);
  });

  it("does not keep a failed call: not found, or input the procedure refuses", async () => {
    const missing = `/trpc/animals.bySlug?input=${encodeURIComponent(JSON.stringify({ slug: "no-such-pet" }))}`;
    expect((await shop.app.request(missing)).status).toBe(404);
    const ran = catalogueQueries;
    expect((await shop.app.request(missing)).status).toBe(404);
    expect(catalogueQueries).toBe(2 * ran);

    const kept = shop.deps.answers?.entries;
    expect((await shop.app.request(listPath({ limit: 100_000 }))).status).toBe(400);
    expect((await shop.app.request("/trpc/animals.list?input=%7Bnot-json")).status).toBe(400);
    expect(shop.deps.answers?.entries).toBe(kept);
  });
});
