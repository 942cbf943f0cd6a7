import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpCatalogueVersion, readCatalogueVersion } from "./catalogue-version";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.destroy());

describe("the catalogue version", () => {
  it("rises by one for each committed write, however many run at once, whichever slot each takes", async () => {
    const before = BigInt(await readCatalogueVersion(testDb.db));
    await Promise.all(
      Array.from({ length: 40 }, () => testDb.db.transaction().execute((trx) => bumpCatalogueVersion(trx))),
    );
    expect(BigInt(await readCatalogueVersion(testDb.db))).toBe(before + 40n);
  });

  it("does not move for a write that rolls back", async () => {
    const before = await readCatalogueVersion(testDb.db);
    await expect(
      testDb.db.transaction().execute(async (trx) => {
        await bumpCatalogueVersion(trx);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await readCatalogueVersion(testDb.db)).toBe(before);
  });
});
