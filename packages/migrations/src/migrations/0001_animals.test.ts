import type { NewAnimal } from "@petshop/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.destroy());

const valid: NewAnimal = {
  slug: "biscuit",
  name: "Biscuit",
  species: "dog",
  breed: "Beagle",
  sex: "male",
  birthDate: "2026-06-01",
  priceMinor: 90000,
  currency: "EUR",
  stock: 1,
};

describe("the animals table", () => {
  it("stores a listing with its defaults", async () => {
    const row = await testDb.db.insertInto("animals").values(valid).returningAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: "draft",
      version: 1,
      images: [],
      description: "",
      birthDate: "2026-06-01",
    });
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(row.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it.each([
    ["a negative price", { slug: "negative-price", priceMinor: -1 }],
    ["negative stock", { slug: "negative-stock", stock: -1 }],
    ["a duplicate slug", { slug: "biscuit" }],
    ["a malformed slug", { slug: "Not A Slug" }],
    ["an unknown species", { slug: "dragon", species: "dragon" as NewAnimal["species"] }],
    ["a lowercase currency", { slug: "lowercase-currency", currency: "eur" }],
    ["an empty name", { slug: "empty-name", name: "  " }],
  ])("refuses %s", async (_label, change) => {
    await expect(
      testDb.db
        .insertInto("animals")
        .values({ ...valid, ...change })
        .execute(),
    ).rejects.toThrow(/violates/);
  });
});
