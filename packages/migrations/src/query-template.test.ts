import { queryTemplate } from "@petshop/db";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./testing";

// Query templates (packages/db/src/query-template.ts) on the real schema: compiled once per
// database and shape, run with each call's values, rows camel-cased like any Kysely read.

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
  await testDb.db
    .insertInto("animals")
    .values(
      (["luna", "milo", "nala"] as const).map((slug, i) => ({
        slug,
        name: slug.toUpperCase(),
        species: "cat" as const,
        breed: "Maine Coon",
        sex: "female" as const,
        birthDate: "2026-03-01",
        priceMinor: 1000 + i,
        currency: "EUR",
        stock: 1,
        status: i === 2 ? ("draft" as const) : ("active" as const),
      })),
    )
    .execute();
});
afterAll(() => testDb?.destroy());

describe("queryTemplate", () => {
  it("builds once per database and shape, and answers each run with its own values", async () => {
    let builds = 0;
    const bySlug = queryTemplate<{ slug: string }>()(
      { slug: true },
      (db, status: "active" | "draft", { slug }) => {
        builds++;
        return db
          .selectFrom("animals")
          .select(["slug", "priceMinor"])
          .where("slug", "=", slug)
          .where("status", "=", status);
      },
    );
    expect(await bySlug(testDb.db, "active", { slug: "luna" })).toEqual([{ slug: "luna", priceMinor: 1000 }]);
    expect(await bySlug(testDb.db, "active", { slug: "milo" })).toEqual([{ slug: "milo", priceMinor: 1001 }]);
    expect(await bySlug(testDb.db, "active", { slug: "nala" })).toEqual([]);
    expect(builds).toBe(1);
    expect(await bySlug(testDb.db, "draft", { slug: "nala" })).toEqual([{ slug: "nala", priceMinor: 1002 }]);
    expect(builds).toBe(2);
  });

  it("keeps values apart from the SQL, whatever they hold", async () => {
    const byName = queryTemplate<{ name: string; slug: string }>()(
      { name: true, slug: true },
      (db, _shape: "one", { name, slug }) =>
        db
          .selectFrom("animals")
          .select("slug")
          .where((eb) => eb.or([eb("name", "=", name), eb("slug", "=", slug)])),
    );
    const hostile = "x' or '1'='1";
    expect(await byName(testDb.db, "one", { name: hostile, slug: "milo" })).toEqual([{ slug: "milo" }]);
    expect(await byName(testDb.db, "one", { name: "LUNA", slug: hostile })).toEqual([{ slug: "luna" }]);
  });

  it("fills a slot wherever it appears, and refuses a run whose values do not match its shape", async () => {
    const twice = queryTemplate<{ slug: string }>()({ slug: true }, (db, _shape: "one", { slug }) =>
      db
        .selectFrom("animals")
        .select("slug")
        .where((eb) => eb.or([eb("slug", "=", slug), eb("name", "=", slug)])),
    );
    expect(await twice(testDb.db, "one", { slug: "LUNA" })).toEqual([{ slug: "luna" }]);
    expect(await twice(testDb.db, "one", { slug: "milo" })).toEqual([{ slug: "milo" }]);

    // A clause the shape leaves out must come with no value, and one it has must have its value.
    const priced = queryTemplate<{ slug: string; min?: number }>()(
      { slug: true, min: true },
      (db, shape: { priced: boolean }, { slug, min }) => {
        const query = db.selectFrom("animals").select("slug").where("slug", "=", slug);
        return shape.priced ? query.where("priceMinor", ">=", min) : query;
      },
    );
    expect(await priced(testDb.db, { priced: true }, { slug: "milo", min: 1001 })).toEqual([
      { slug: "milo" },
    ]);
    expect(await priced(testDb.db, { priced: true }, { slug: "milo", min: 1002 })).toEqual([]);
    expect(await priced(testDb.db, { priced: false }, { slug: "milo" })).toEqual([{ slug: "milo" }]);
    await expect(priced(testDb.db, { priced: false }, { slug: "milo", min: 5 })).rejects.toThrow(
      /slot min has a value its shape does not use/,
    );
    await expect(priced(testDb.db, { priced: true }, { slug: "milo" })).rejects.toThrow(
      /slot min has no value/,
    );

    // Spliced into the SQL text, a slot is not a value at all.
    const inline = queryTemplate<{ slug: string }>()({ slug: true }, (db, _shape: "one", { slug }) =>
      db
        .selectFrom("animals")
        .select("slug")
        .where(sql<boolean>`slug = ${sql.lit(String(slug))}`),
    );
    await expect(inline(testDb.db, "one", { slug: "luna" })).rejects.toThrow(
      /slot slug has a value its shape does not use/,
    );
  });
});
