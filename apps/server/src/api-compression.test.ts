import { gunzipSync } from "node:zlib";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_COMPRESSION_MIN_BYTES } from "./middleware/compress-api";
import { testApp } from "./test-support/app";

let testDb: TestDatabase;
let app: ReturnType<typeof testApp>["app"];

beforeAll(async () => {
  testDb = await createTestDatabase();
  app = testApp(testDb.db).app;
  await testDb.db
    .insertInto("animals")
    .values(
      Array.from({ length: 24 }, (_, i) => ({
        slug: `cat-${i}`,
        name: `Cat ${i}`,
        species: "cat" as const,
        breed: "Maine Coon",
        sex: "female" as const,
        birthDate: "2026-03-01",
        description: "Gentle, curious and used to children.",
        priceMinor: 100000 + i,
        currency: "EUR",
        stock: 1,
        status: "active" as const,
      })),
    )
    .execute();
});
afterAll(() => testDb?.destroy());

const CATALOGUE_PAGE = `/trpc/animals.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { limit: 24 } }))}`;
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe("compressed API answers", () => {
  it("gzips a large query answer for a client that accepts gzip", async () => {
    const plain = await bytes(await get(CATALOGUE_PAGE));
    expect(plain.length).toBeGreaterThan(API_COMPRESSION_MIN_BYTES);

    const res = await get(CATALOGUE_PAGE, { "accept-encoding": "gzip, deflate, br" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("vary")).toMatch(/(^|, )Accept-Encoding$/);
    const body = await bytes(res);
    expect(res.headers.get("content-length")).toBe(String(body.length));
    expect(body.length).toBeLessThan(plain.length / 2);
    expect(gunzipSync(body)).toEqual(plain);
  });

  it.each([
    ["no Accept-Encoding", {}],
    ["gzip refused", { "accept-encoding": "gzip;q=0, identity" }],
  ])("sends a large answer as it is, still saying Vary, with %s", async (_, headers) => {
    const res = await get(CATALOGUE_PAGE, headers);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("vary")).toMatch(/Accept-Encoding/);
    expect(JSON.parse(await res.text())).toHaveLength(1);
  });

  it("leaves a tiny answer uncompressed", async () => {
    const res = await get(`/trpc/users.me?batch=1&input=${encodeURIComponent("{}")}`, {
      "accept-encoding": "gzip",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("vary")).toMatch(/Accept-Encoding/);
    const text = await res.text();
    expect(text.length).toBeLessThan(API_COMPRESSION_MIN_BYTES);
    expect(JSON.parse(text)).toEqual([{ result: { data: null } }]);
  });

  it("keeps the catalogue's ETag, so a revalidation is still a 304 whatever the encoding", async () => {
    const gzipped = await get(CATALOGUE_PAGE, { "accept-encoding": "gzip" });
    const plain = await get(CATALOGUE_PAGE);
    const etag = gzipped.headers.get("etag");
    expect(etag).toMatch(/^W\/"catalogue-/);
    expect(plain.headers.get("etag")).toBe(etag);
    expect(gzipped.headers.get("cache-control")).toBe(plain.headers.get("cache-control"));

    for (const encoding of ["gzip", "identity"]) {
      const res = await get(CATALOGUE_PAGE, { "accept-encoding": encoding, "if-none-match": etag ?? "" });
      expect(res.status).toBe(304);
      expect(res.headers.get("etag")).toBe(etag);
      expect(res.headers.get("content-encoding")).toBeNull();
      expect(res.headers.get("vary")).toMatch(/Accept-Encoding/);
      expect((await bytes(res)).length).toBe(0);
    }
  });

  it("passes a streamed answer through untouched", async () => {
    const res = await get(CATALOGUE_PAGE, { "accept-encoding": "gzip", "trpc-accept": "application/jsonl" });
    expect(res.status).toBe(200);
    expect(res.headers.get("transfer-encoding")).toBe("chunked");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(await res.text()).toContain('"cat-');
  });
});
