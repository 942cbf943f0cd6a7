import { existsSync } from "node:fs";
import { join } from "node:path";
import { findWorkspaceRoot } from "@petshop/config";
import { SPECIES } from "@petshop/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { demoAnimals } from "./demo-animals";
import { isCatalogueEmpty, seedDemoCatalogue } from "./seed-demo-catalogue";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.destroy());

describe("the demo catalogue", () => {
  it("has at least 60 animals, ten or more of every species", () => {
    expect(demoAnimals.length).toBeGreaterThanOrEqual(60);
    for (const species of SPECIES) {
      expect(demoAnimals.filter((a) => a.species === species).length, species).toBeGreaterThanOrEqual(10);
    }
  });

  it("has a picture shipped in the repo for every animal", () => {
    const folder = join(findWorkspaceRoot(process.cwd()), "apps/storefront/public/images/animals");
    const missing = demoAnimals.filter((a) => !existsSync(join(folder, a.image))).map((a) => a.image);
    expect(missing).toEqual([]);
  });

  it("seeds every animal as an active listing, once", async () => {
    expect(await isCatalogueEmpty(testDb.db)).toBe(true);
    expect(await seedDemoCatalogue(testDb.db)).toBe(demoAnimals.length);
    expect(await isCatalogueEmpty(testDb.db)).toBe(false);
    expect(await seedDemoCatalogue(testDb.db)).toBe(0);

    const rows = await testDb.db.selectFrom("animals").select(["slug", "status", "images"]).execute();
    expect(rows).toHaveLength(demoAnimals.length);
    expect(rows.every((r) => r.status === "active")).toBe(true);
    expect(rows[0]?.images[0]?.url).toMatch(/^\/images\/animals\/[a-z0-9-]+\.svg$/);
  });
});
