import { bumpCatalogueVersion, readCatalogueVersion } from "@petshop/api";
import { testClock } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueVersion } from "./catalogue-version";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.destroy());

describe("the catalogue version a process remembers", () => {
  it("is read once per second, and afresh after forget()", async () => {
    const clock = testClock();
    const version = catalogueVersion(testDb.db, clock);
    const before = await version.current();
    await bumpCatalogueVersion(testDb.db);
    expect(await version.current()).toBe(before);
    version.forget();
    const after = await version.current();
    expect(after).not.toBe(before);
    await bumpCatalogueVersion(testDb.db);
    clock.advance(1_000);
    expect(await version.current()).not.toBe(after);
  });

  it("does not remember a read that began before forget(): it may predate the write", async () => {
    const version = catalogueVersion(testDb.db, testClock());
    const reading = version.current();
    version.forget();
    await bumpCatalogueVersion(testDb.db);
    await reading;
    expect(await version.current()).toBe(await readCatalogueVersion(testDb.db));
  });
});
