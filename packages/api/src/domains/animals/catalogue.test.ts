import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import {
  callerWith,
  insertAnimal,
  signedInActor,
  type TestActor,
  type TestDeps,
  testDeps,
} from "../../test-support/context";
import { readCatalogueVersion } from "./catalogue-version";
import { monthsBefore } from "./filters";

// Filters, search, sorts and facets against a small known catalogue, and the staff's writes.
// The clock is fixed at 2026-11-21T12:00Z (testDeps).

let testDb: TestDatabase;
let deps: TestDeps;
let staff: TestActor;

const anon = async () => (await callerWith(deps)).caller;
const asStaff = async () => (await callerWith(deps, { cookie: staff.cookie })).caller;
const codeOf = (e: unknown) => (e instanceof TRPCError ? e.code : "ok");
const slugs = (page: { items: { slug: string }[] }) => page.items.map((a) => a.slug);

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
  staff = await signedInActor(deps, "staff");
  const at = (iso: string) => ({ createdAt: iso });
  await insertAnimal(testDb.db, {
    slug: "goldie",
    name: "Goldie",
    breed: "Golden Retriever",
    species: "dog",
    sex: "female",
    birthDate: "2026-09-01",
    priceMinor: 150000,
    stock: 1,
    description: "A cheerful puppy who loves water.",
    ...at("2026-11-01T00:00:00.000Z"),
  });
  await insertAnimal(testDb.db, {
    slug: "rex",
    name: "Rex",
    breed: "German Shepherd",
    species: "dog",
    sex: "male",
    birthDate: "2025-05-01",
    priceMinor: 90000,
    stock: 0,
    description: "Calm and loyal; gets on with retrievers.",
    ...at("2026-10-01T00:00:00.000Z"),
  });
  await insertAnimal(testDb.db, {
    slug: "luna",
    name: "Luna",
    breed: "Maine Coon",
    species: "cat",
    sex: "female",
    birthDate: "2026-06-15",
    priceMinor: 90000,
    stock: 2,
    description: "Fluffy and curious.",
    ...at("2026-11-10T00:00:00.000Z"),
  });
  await insertAnimal(testDb.db, {
    slug: "nemo",
    name: "Nemo",
    breed: "Clownfish",
    species: "fish",
    sex: "unknown",
    birthDate: "2026-10-01",
    priceMinor: 1500,
    stock: 30,
    description: "Bright orange.",
    ...at("2026-11-15T00:00:00.000Z"),
  });
  await insertAnimal(testDb.db, {
    slug: "hidden-draft",
    name: "Retriever Draft",
    breed: "Golden Retriever",
    status: "draft",
  });
});
afterAll(() => testDb?.destroy());

describe("animals.list filters", () => {
  it.each([
    [{ species: ["dog", "cat"] as ("dog" | "cat")[] }, ["luna", "goldie", "rex"]],
    [{ breed: "Maine Coon" }, ["luna"]],
    [{ sex: ["male", "unknown"] as ("male" | "unknown")[] }, ["nemo", "rex"]],
    [{ priceMin: 50000, priceMax: 100000 }, ["luna", "rex"]],
    [{ inStock: true, species: ["dog"] as "dog"[] }, ["goldie"]],
    [{ ageMinMonths: 12 }, ["rex"]],
    [{ ageMaxMonths: 2 }, ["nemo", "goldie"]],
    [{ ageMinMonths: 2, ageMaxMonths: 6 }, ["luna", "goldie"]],
  ])("%o finds %o", async (filters, expected) => {
    expect(slugs(await (await anon()).animals.list({ ...filters, sort: "newest" }))).toEqual(expected);
  });

  it("searches name, breed and description, best match first", async () => {
    const found = await (await anon()).animals.list({ q: "retriever", sort: "relevance" });
    // The breed (weight B) outranks a mention in the description (weight C); the draft stays hidden.
    expect(slugs(found)).toEqual(["goldie", "rex"]);
    expect(slugs(await (await anon()).animals.list({ q: "cheerful water" }))).toEqual(["goldie"]);
    expect(slugs(await (await anon()).animals.list({ q: "dragon" }))).toEqual([]);
  });

  it("sorts by name", async () => {
    expect(slugs(await (await anon()).animals.list({ sort: "name" }))).toEqual([
      "goldie",
      "luna",
      "nemo",
      "rex",
    ]);
  });

  it("counts facets that agree with the list", async () => {
    const facets = await (await anon()).animals.facets({ species: ["dog"] });
    expect(facets.total).toBe(2);
    // Species counts ignore the species filter, so the other species stay choosable.
    expect(facets.species).toEqual([
      { species: "cat", count: 1 },
      { species: "dog", count: 2 },
      { species: "fish", count: 1 },
    ]);
    expect(facets.priceBands).toEqual([
      { from: 50_000, to: 100_000, count: 1 },
      { from: 100_000, to: 200_000, count: 1 },
    ]);
  });

  it.each([
    ["an inverted price range", { priceMin: 10, priceMax: 5 }, "priceMin"],
    ["an inverted age range", { ageMinMonths: 10, ageMaxMonths: 5 }, "ageMinMonths"],
    ["relevance without search words", { sort: "relevance" as const }, "sort"],
    ["a negative price", { priceMin: -1 }, "priceMin"],
    ["an oversized search", { q: "x".repeat(101) }, "q"],
  ])("refuses %s with BAD_REQUEST naming the field", async (_label, input, field) => {
    const error = await (await anon()).animals.list(input).catch((e: unknown) => e);
    expect(codeOf(error)).toBe("BAD_REQUEST");
    const cause = error instanceof TRPCError ? error.cause : undefined;
    expect(cause instanceof ZodError ? cause.issues.map((i) => i.path.join(".")) : []).toContain(field);
  });

  it("keeps drafts from customers, and lets staff ask for them", async () => {
    expect(codeOf(await (await anon()).animals.list({ status: ["draft"] }).catch((e: unknown) => e))).toBe(
      "FORBIDDEN",
    );
    expect(
      codeOf(await (await anon()).animals.bySlug({ slug: "hidden-draft" }).catch((e: unknown) => e)),
    ).toBe("NOT_FOUND");
    expect(slugs(await (await asStaff()).animals.list({ status: ["draft"] }))).toEqual(["hidden-draft"]);
    expect((await (await asStaff()).animals.bySlug({ slug: "hidden-draft" })).name).toBe("Retriever Draft");
  });
});

describe("cursor pagination", () => {
  it("walks every row exactly once, even with ties and a row inserted mid-walk", async () => {
    const { db } = await createTestDatabase();
    const local = testDeps(db);
    for (let i = 0; i < 9; i++) {
      await insertAnimal(db, {
        name: `Tie ${i % 2}`,
        priceMinor: 5000,
        createdAt: "2026-11-01T00:00:00.000Z",
      });
    }
    for (const sort of ["newest", "price_asc", "price_desc", "name"] as const) {
      const caller = (await callerWith(local)).caller;
      const seen: string[] = [];
      let cursor: string | null = null;
      let inserted = false;
      do {
        const page: Awaited<ReturnType<typeof caller.animals.list>> = await caller.animals.list({
          sort,
          limit: 2,
          cursor,
        });
        seen.push(...page.items.map((a) => a.id));
        if (!inserted) {
          // A newer, cheaper, alphabetically first listing appears behind the walk: never a duplicate.
          await insertAnimal(db, {
            name: `A new ${sort}`,
            priceMinor: 1,
            createdAt: "2026-11-20T00:00:00.000Z",
          });
          inserted = true;
        }
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size, sort).toBe(seen.length);
      expect(seen.length, sort).toBeGreaterThanOrEqual(9);
    }
    await db.destroy();
  });
});

describe("staff writes", () => {
  const listing = {
    name: "Biscuit",
    species: "dog" as const,
    breed: "Beagle",
    sex: "male" as const,
    birthDate: "2026-09-01",
    description: "Loves walks.",
    priceMinor: 80000,
    currency: "EUR",
  };

  it("creates drafts with unique slugs, and records initial stock", async () => {
    const caller = await asStaff();
    const first = await caller.animals.create({ ...listing, stock: 2 });
    const second = await caller.animals.create(listing);
    expect(first).toMatchObject({ slug: "biscuit", status: "draft", version: 1, stock: 2 });
    expect(second.slug).toBe("biscuit-2");
    const adjustments = await testDb.db
      .selectFrom("stockAdjustments")
      .selectAll()
      .where("animalId", "=", first.id)
      .execute();
    expect(adjustments).toMatchObject([
      { delta: 2, stockAfter: 2, reason: "Initial stock", actorId: staff.id },
    ]);
  });

  it("refuses bad listings and writes nothing", async () => {
    const before = (await testDb.db.selectFrom("animals").select("id").execute()).length;
    const caller = await asStaff();
    for (const bad of [
      { ...listing, priceMinor: -5 },
      { ...listing, description: "x".repeat(5001) },
      { ...listing, birthDate: "yesterday" },
      { ...listing, images: [{ url: "https://evil.example/x.png", alt: "" }] },
    ]) {
      expect(codeOf(await caller.animals.create(bad).catch((e: unknown) => e))).toBe("BAD_REQUEST");
    }
    expect((await testDb.db.selectFrom("animals").select("id").execute()).length).toBe(before);
  });

  it("saves one of two edits made from the same version; the other is a CONFLICT", async () => {
    const caller = await asStaff();
    const animal = await caller.animals.create({ ...listing, name: "Pepper" });
    const first = await caller.animals.update({
      ...listing,
      id: animal.id,
      version: animal.version,
      name: "Pepper Pot",
    });
    expect(first.version).toBe(animal.version + 1);
    const second = await caller.animals
      .update({ ...listing, id: animal.id, version: animal.version, name: "Salt" })
      .catch((e: unknown) => e);
    expect(codeOf(second)).toBe("CONFLICT");
    expect((await caller.animals.byId({ id: animal.id })).name).toBe("Pepper Pot");
  });

  it("keeps a published slug when the name changes; a draft's follows its name", async () => {
    const caller = await asStaff();
    const draft = await caller.animals.create({ ...listing, name: "Scout" });
    const renamed = await caller.animals.update({
      ...listing,
      id: draft.id,
      version: draft.version,
      name: "Ranger",
    });
    expect(renamed.slug).toBe("ranger");
    const published = await caller.animals.setStatus({ id: draft.id, status: "active" });
    const again = await caller.animals.update({
      ...listing,
      id: draft.id,
      version: published.version,
      name: "Rover",
    });
    expect(again.slug).toBe("ranger");
  });

  it("moves stock with a reason, never below zero, and bumps the catalogue version", async () => {
    const caller = await asStaff();
    const animal = await caller.animals.create({ ...listing, name: "Stocky", stock: 1 });
    const before = await readCatalogueVersion(testDb.db);
    expect(
      (await caller.animals.adjustStock({ id: animal.id, delta: 3, reason: "Litter arrived" })).stock,
    ).toBe(4);
    expect(BigInt(await readCatalogueVersion(testDb.db))).toBe(BigInt(before) + 1n);
    expect(
      codeOf(
        await caller.animals
          .adjustStock({ id: animal.id, delta: -5, reason: "Sold" })
          .catch((e: unknown) => e),
      ),
    ).toBe("CONFLICT");
    expect((await caller.animals.byId({ id: animal.id })).stock).toBe(4);
    expect(
      codeOf(
        await caller.animals
          .adjustStock({ id: animal.id, delta: 0, reason: "Nothing" })
          .catch((e: unknown) => e),
      ),
    ).toBe("BAD_REQUEST");
  });
});

describe("monthsBefore", () => {
  it("counts calendar months, clamping to the end of shorter months", () => {
    expect(monthsBefore(new Date("2026-11-21T12:00:00Z"), 2)).toBe("2026-09-21");
    expect(monthsBefore(new Date("2026-03-31T12:00:00Z"), 1)).toBe("2026-02-28");
    expect(monthsBefore(new Date("2026-01-15T12:00:00Z"), 13)).toBe("2024-12-15");
  });
});
