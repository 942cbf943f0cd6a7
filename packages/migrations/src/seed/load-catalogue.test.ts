import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { seedLoadCatalogue } from "./load-catalogue";

let first: TestDatabase;
let second: TestDatabase;
beforeAll(async () => {
  // One after the other: the only file that opens two embedded databases, and starting two PGlite
  // instances at once in one worker is where a CI run once failed with an unhandled error.
  first = await createTestDatabase();
  second = await createTestDatabase();
});
afterAll(async () => {
  await first?.destroy();
  await second?.destroy();
});

const snapshot = (t: TestDatabase) =>
  t.db
    .selectFrom("animals")
    .select(["slug", "species", "priceMinor", "status", "birthDate", "createdAt"])
    .orderBy("slug")
    .execute();

describe("the load catalogue", () => {
  it("is the same every time, and seeding again adds nothing", async () => {
    expect(await seedLoadCatalogue(first.db, 600)).toBe(600);
    expect(await seedLoadCatalogue(second.db, 600)).toBe(600);
    expect(await snapshot(first)).toEqual(await snapshot(second));
    expect(await seedLoadCatalogue(first.db, 600)).toBe(0);
  });

  it("mixes statuses and species, with ties on price and time", async () => {
    const rows = await snapshot(first);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["active", "draft", "archived"]));
    expect(new Set(rows.map((r) => r.species)).size).toBe(6);
    expect(new Set(rows.map((r) => r.priceMinor)).size).toBeLessThan(rows.length);
  });
});
