import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { RouterOutputs } from "../../index";
import { anonymousCaller, insertAnimal, testDeps } from "../../test-support/context";

let testDb: TestDatabase;
let caller: Awaited<ReturnType<typeof anonymousCaller>>;

const sameMoment = "2026-11-01T10:00:00.000Z";

beforeAll(async () => {
  testDb = await createTestDatabase();
  caller = await anonymousCaller(testDeps(testDb.db));
  // Ties on purpose: many rows share a timestamp and a price, so only the id orders them.
  for (let i = 0; i < 7; i++) {
    await insertAnimal(testDb.db, { slug: `tie-dog-${i}`, createdAt: sameMoment, priceMinor: 30000 });
  }
  await insertAnimal(testDb.db, {
    slug: "old-cat",
    species: "cat",
    createdAt: "2026-01-01T00:00:00.000Z",
    priceMinor: 120000,
  });
  await insertAnimal(testDb.db, {
    slug: "new-fish",
    species: "fish",
    createdAt: "2026-11-20T00:00:00.000Z",
    priceMinor: 499,
  });
  await insertAnimal(testDb.db, { slug: "draft-dog", status: "draft" });
  await insertAnimal(testDb.db, { slug: "archived-dog", status: "archived" });
});
afterAll(() => testDb?.destroy());

type Sort = "newest" | "price_asc" | "price_desc";

async function walk(sort: Sort, limit: number, species?: ("dog" | "cat" | "fish")[]) {
  const slugs: string[] = [];
  let cursor: string | null = null;
  do {
    const page: RouterOutputs["animals"]["list"] = await caller.animals.list({
      sort,
      limit,
      cursor,
      species,
    });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    slugs.push(...page.items.map((a) => a.slug));
    cursor = page.nextCursor;
  } while (cursor);
  return slugs;
}

describe("animals.list", () => {
  it("shows only active listings, newest first", async () => {
    const { items, nextCursor } = await caller.animals.list({});
    expect(items.map((a) => a.slug)).not.toContain("draft-dog");
    expect(items.map((a) => a.slug)).not.toContain("archived-dog");
    expect(items[0]?.slug).toBe("new-fish");
    expect(items.at(-1)?.slug).toBe("old-cat");
    expect(items).toHaveLength(9);
    expect(nextCursor).toBeNull();
  });

  it.each<[Sort, number]>([
    ["newest", 1],
    ["newest", 2],
    ["price_asc", 2],
    ["price_desc", 3],
  ])(
    "pages through %s %d at a time: every listing once, in the same order as one page",
    async (sort, limit) => {
      const all = (await caller.animals.list({ sort, limit: 100 })).items.map((a) => a.slug);
      const paged = await walk(sort, limit);
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(9);
    },
  );

  it("sorts by price both ways", async () => {
    const asc = (await caller.animals.list({ sort: "price_asc" })).items.map((a) => a.priceMinor);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = (await caller.animals.list({ sort: "price_desc" })).items.map((a) => a.priceMinor);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(desc[0]).toBe(120000);
  });

  it("filters by one or several species", async () => {
    expect(await walk("newest", 2, ["cat"])).toEqual(["old-cat"]);
    expect((await walk("price_asc", 2, ["cat", "fish"])).sort()).toEqual(["new-fish", "old-cat"]);
    expect(await walk("newest", 5, ["dog"])).toHaveLength(7);
  });

  it("returns what a card needs, and nothing that is not JSON", async () => {
    const { items } = await caller.animals.list({ species: ["fish"] });
    const fish = items[0];
    expect(fish).toMatchObject({
      slug: "new-fish",
      species: "fish",
      priceMinor: 499,
      currency: "EUR",
      stock: 1,
    });
    expect(fish?.createdAt).toBe("2026-11-20T00:00:00.000Z");
    expect(fish?.birthDate).toBe("2026-05-01");
    expect(JSON.parse(JSON.stringify(items))).toEqual(items);
    expect(fish).not.toHaveProperty("description");
    expect(fish?.status).toBe("active");
  });

  it.each([
    ["limit below 1", { limit: 0 }, "limit"],
    ["limit above 100", { limit: 101 }, "limit"],
    ["a fractional limit", { limit: 2.5 }, "limit"],
    ["an unknown species", { species: ["dragon"] }, "species.0"],
    ["an unknown sort", { sort: "random" }, "sort"],
  ])("refuses %s with BAD_REQUEST", async (_label, input, path) => {
    const error = await caller.animals.list(input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    const issues = ((error as TRPCError).cause as { issues?: { path: PropertyKey[] }[] }).issues ?? [];
    expect(issues.map((issue) => issue.path.map(String).join("."))).toContain(path);
  });

  it("refuses a forged cursor and a cursor of another sort", async () => {
    await expect(caller.animals.list({ cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const { nextCursor } = await caller.animals.list({ sort: "price_asc", limit: 1 });
    expect(nextCursor).not.toBeNull();
    await expect(caller.animals.list({ sort: "price_desc", cursor: nextCursor })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.animals.list({ sort: "newest", cursor: nextCursor })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("animals.bySlug", () => {
  it("returns an active listing with its description", async () => {
    const animal = await caller.animals.bySlug({ slug: "old-cat" });
    expect(animal).toMatchObject({ slug: "old-cat", species: "cat", description: "" });
  });

  it.each(["draft-dog", "archived-dog", "no-such-animal"])("answers NOT_FOUND for %s", async (slug) => {
    await expect(caller.animals.bySlug({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a malformed slug with BAD_REQUEST", async () => {
    await expect(caller.animals.bySlug({ slug: "Not a slug!" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

/** True when T holds a Date anywhere: JSON would turn it into a string behind the type's back. */
type HasDate<T> = T extends Date
  ? true
  : T extends readonly (infer U)[]
    ? HasDate<U>
    : T extends object
      ? true extends { [K in keyof T]: HasDate<T[K]> }[keyof T]
        ? true
        : false
      : false;

describe("the wire format", () => {
  it("no output type promises a Date (results travel as plain JSON)", () => {
    expectTypeOf<HasDate<RouterOutputs>>().toEqualTypeOf<false>();
    expectTypeOf<HasDate<{ a: { b: Date[] } }>>().toEqualTypeOf<true>();
    expectTypeOf<RouterOutputs["animals"]["list"]["items"][number]["createdAt"]>().toEqualTypeOf<string>();
  });
});
