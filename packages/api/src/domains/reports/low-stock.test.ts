import type { AnimalStatus } from "@petshop/db";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerWith, insertAnimal, signedInActor, type TestDeps, testDeps } from "../../test-support/context";

// reports.lowStock: active listings under a threshold, fewest units first, paged by a cursor that
// stays stable across ties (many listings with the same stock and the same name).

let testDb: TestDatabase;
let deps: TestDeps;
let staffCookie: string;

interface Made {
  id: string;
  name: string;
  stock: number;
  status: AnimalStatus;
}
const made: Made[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
  staffCookie = (await signedInActor(deps, "staff")).cookie;
  const specs: [string, number, AnimalStatus][] = [
    ["Bruno", 0, "active"],
    ["Bruno", 0, "active"],
    ["Bruno", 0, "active"],
    ["Ada", 0, "active"],
    ["Cleo", 1, "active"],
    ["Ada", 1, "active"],
    ["Bruno", 1, "active"],
    ["Ada", 2, "active"],
    ["Ada", 2, "active"],
    ["Dot", 3, "active"],
    ["Eve", 40, "active"],
    // Not on sale: never in the report, whatever their stock.
    ["Ada", 0, "draft"],
    ["Ada", 0, "archived"],
  ];
  for (const [name, stock, status] of specs) {
    const animal = await insertAnimal(testDb.db, { name, stock, status, priceMinor: 1_000 + stock });
    made.push({ id: animal.id, name, stock, status });
  }
}, 60_000);
afterAll(() => testDb?.destroy());

const lowStock = async (input: { below?: number; cursor?: string; limit?: number }) =>
  (await callerWith(deps, { cookie: staffCookie })).caller.reports.lowStock(input);

/** The expected order, worked out here: stock, then name, then id (uuids compare as their hex). */
const expectedBelow = (below: number) =>
  made
    .filter((a) => a.status === "active" && a.stock < below)
    .sort((x, y) => x.stock - y.stock || (x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : 1))
    .map((a) => a.id);

async function everyPage(below: number, limit: number) {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await lowStock({ below, limit, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
    pages += 1;
  } while (cursor && pages < 50);
  return { ids, pages };
}

describe("reports.lowStock", () => {
  it("lists active listings under 3 units by default, fewest first, with their price", async () => {
    const page = await lowStock({});
    expect(page.items.map((item) => item.id)).toEqual(expectedBelow(3));
    expect(page.nextCursor).toBeNull();
    const first = made.find((a) => a.id === page.items[0]?.id);
    expect(page.items[0]).toEqual({
      id: first?.id,
      slug: expect.any(String),
      name: "Ada",
      species: "dog",
      status: "active",
      stock: 0,
      priceMinor: 1_000,
      currency: "EUR",
    });
  });

  it("pages through ties on stock and name without losing or repeating a listing", async () => {
    for (const limit of [1, 2, 3]) {
      const { ids, pages } = await everyPage(4, limit);
      expect(ids).toEqual(expectedBelow(4));
      expect(pages).toBe(Math.ceil(expectedBelow(4).length / limit));
    }
  });

  it("follows the threshold", async () => {
    expect((await lowStock({ below: 1 })).items.map((i) => i.id)).toEqual(expectedBelow(1));
    expect((await lowStock({ below: 100_000 })).items.map((i) => i.id)).toEqual(expectedBelow(100_000));
  });

  const refusal = async (input: unknown) => {
    const { caller } = await callerWith(deps, { cookie: staffCookie });
    // Deliberately malformed input, as a client may send it.
    return caller.reports.lowStock(input as never).then(
      () => "ok",
      (error: unknown) => (error instanceof TRPCError ? error.code : "not a tRPC error"),
    );
  };
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

  it("refuses a forged, foreign or oversized cursor", async () => {
    const page = await lowStock({ below: 4, limit: 2 });
    const real = page.nextCursor ?? "";
    expect(await refusal({ below: 4, limit: 2, cursor: real })).toBe("ok");
    // Made for another threshold.
    expect(await refusal({ below: 5, limit: 2, cursor: real })).toBe("BAD_REQUEST");
    expect(await refusal({ cursor: "not-a-cursor" })).toBe("BAD_REQUEST");
    expect(await refusal({ cursor: encode({ below: 3, stock: "0", id: made[0]?.id }) })).toBe("BAD_REQUEST");
    expect(await refusal({ cursor: encode({ below: 3, stock: 0, id: "1; drop table animals" }) })).toBe(
      "BAD_REQUEST",
    );
    // Well formed, but no such listing.
    expect(
      await refusal({ cursor: encode({ below: 3, stock: 0, id: "00000000-0000-4000-8000-000000000000" }) }),
    ).toBe("BAD_REQUEST");
    // The catalogue's cursors are not this list's.
    const catalogue = (await (await callerWith(deps)).caller.animals.list({ limit: 1 })).nextCursor ?? "";
    expect(await refusal({ cursor: catalogue })).toBe("BAD_REQUEST");
    expect(await refusal({ cursor: "a".repeat(201) })).toBe("BAD_REQUEST");
  });

  it.each([{ below: 0 }, { below: 100_001 }, { below: 2.5 }, { limit: 0 }, { limit: 101 }])(
    "refuses %o",
    async (input) => {
      expect(await refusal(input)).toBe("BAD_REQUEST");
    },
  );
});
