import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import {
  callerWith,
  signedInActor,
  type TestActor,
  type TestDeps,
  testDeps,
} from "../../test-support/context";
import { readCatalogueVersion } from "./catalogue-version";
import type { AnimalRecord } from "./schemas";

// Bulk import by slug and the paged export of the same records, on a real database.

let testDb: TestDatabase;
let deps: TestDeps;
let staff: TestActor;

const asStaff = async () => (await callerWith(deps, { cookie: staff.cookie })).caller;
const codeOf = (e: unknown) => (e instanceof TRPCError ? e.code : "ok");

const record = (slug: string, overrides: Partial<AnimalRecord> = {}): AnimalRecord => ({
  slug,
  name: `Import ${slug}`,
  species: "fish",
  breed: "Neon tetra",
  sex: "unknown",
  birthDate: "2026-06-01",
  description: "A small, bright shoaling fish.",
  priceMinor: 350,
  currency: "EUR",
  stock: 40,
  status: "active",
  ...overrides,
});

const adjustmentsOf = (slug: string) =>
  testDb.db
    .selectFrom("stockAdjustments")
    .innerJoin("animals", "animals.id", "stockAdjustments.animalId")
    .select(["stockAdjustments.delta", "stockAdjustments.stockAfter", "stockAdjustments.reason"])
    .where("animals.slug", "=", slug)
    .orderBy("stockAdjustments.createdAt")
    .orderBy("stockAdjustments.id")
    .execute();

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
  staff = await signedInActor(deps, "staff");
});
afterAll(async () => testDb?.destroy());

describe("animals.importBatch", () => {
  it("creates new slugs as given, records their stock, and bumps the catalogue once", async () => {
    const caller = await asStaff();
    const before = await readCatalogueVersion(testDb.db);
    const results = await caller.animals.importBatch({
      rows: [record("tetra-a"), record("tetra-b", { stock: 0, status: "draft" })],
    });
    expect(results).toEqual([
      { slug: "tetra-a", outcome: "created" },
      { slug: "tetra-b", outcome: "created" },
    ]);
    const exported = await caller.animals.exportPage({ limit: 10 });
    expect(exported.items.filter((r) => r.slug.startsWith("tetra-"))).toEqual([
      record("tetra-a"),
      record("tetra-b", { stock: 0, status: "draft" }),
    ]);
    expect(await adjustmentsOf("tetra-a")).toEqual([{ delta: 40, stockAfter: 40, reason: "Imported" }]);
    expect(await adjustmentsOf("tetra-b")).toEqual([]);
    expect(BigInt(await readCatalogueVersion(testDb.db))).toBe(BigInt(before) + 1n);
  });

  it("changes nothing on a second run of the same rows", async () => {
    const caller = await asStaff();
    const rows = [record("second-a"), record("second-b")];
    await caller.animals.importBatch({ rows });
    const version = await readCatalogueVersion(testDb.db);
    const animalVersions = await testDb.db
      .selectFrom("animals")
      .select(["slug", "version", "updatedAt"])
      .where("slug", "in", ["second-a", "second-b"])
      .orderBy("slug")
      .execute();

    const again = await caller.animals.importBatch({ rows });
    expect(again.map((r) => r.outcome)).toEqual(["unchanged", "unchanged"]);
    expect(await readCatalogueVersion(testDb.db)).toBe(version);
    expect(
      await testDb.db
        .selectFrom("animals")
        .select(["slug", "version", "updatedAt"])
        .where("slug", "in", ["second-a", "second-b"])
        .orderBy("slug")
        .execute(),
    ).toEqual(animalVersions);
    expect(await adjustmentsOf("second-a")).toHaveLength(1);
  });

  it("updates what differs, with the stock change recorded as an adjustment", async () => {
    const caller = await asStaff();
    await caller.animals.importBatch({ rows: [record("change-me"), record("leave-me")] });
    const results = await caller.animals.importBatch({
      rows: [record("change-me", { priceMinor: 400, stock: 25 }), record("leave-me")],
    });
    expect(results.map((r) => r.outcome)).toEqual(["updated", "unchanged"]);
    const page = await caller.animals.exportPage({ limit: 1000 });
    expect(page.items.find((r) => r.slug === "change-me")).toMatchObject({ priceMinor: 400, stock: 25 });
    expect(await adjustmentsOf("change-me")).toEqual([
      { delta: 40, stockAfter: 40, reason: "Imported" },
      { delta: -15, stockAfter: 25, reason: "Imported" },
    ]);
  });

  it("with dryRun says what would happen and writes nothing", async () => {
    const caller = await asStaff();
    await caller.animals.importBatch({ rows: [record("dry-known")] });
    const version = await readCatalogueVersion(testDb.db);
    const results = await caller.animals.importBatch({
      rows: [record("dry-new"), record("dry-known", { name: "Renamed" }), record("tetra-a")],
      dryRun: true,
    });
    expect(results.map((r) => r.outcome)).toEqual(["created", "updated", "unchanged"]);
    expect(await readCatalogueVersion(testDb.db)).toBe(version);
    const names = await testDb.db
      .selectFrom("animals")
      .select(["slug", "name"])
      .where("slug", "in", ["dry-new", "dry-known"])
      .execute();
    expect(names).toEqual([{ slug: "dry-known", name: "Import dry-known" }]);
  });

  it("refuses a batch with a bad record or a repeated slug, naming the row and field, writing nothing", async () => {
    const caller = await asStaff();
    const bad = [
      { rows: [record("ok-1"), record("neg", { priceMinor: -1 })], path: "rows.1.priceMinor" },
      { rows: [record("ok-1"), { ...record("odd"), species: "dragon" as "dog" }], path: "rows.1.species" },
      { rows: [record("ok-1"), record("ok-1")], path: "rows.1.slug" },
      { rows: [record("Not A Slug")], path: "rows.0.slug" },
      { rows: [record("ok-1", { birthDate: "2026-02-30" })], path: "rows.0.birthDate" },
    ];
    for (const { rows, path } of bad) {
      const error = await caller.animals.importBatch({ rows }).catch((e: unknown) => e);
      expect(codeOf(error)).toBe("BAD_REQUEST");
      const cause = error instanceof TRPCError ? error.cause : undefined;
      expect(cause instanceof ZodError ? cause.issues.map((i) => i.path.join(".")) : []).toContain(path);
    }
    const written = await testDb.db.selectFrom("animals").select("slug").where("slug", "=", "ok-1").execute();
    expect(written).toEqual([]);
  });

  it("is for staff only", async () => {
    const customer = await signedInActor(deps, "customer");
    const { caller } = await callerWith(deps, { cookie: customer.cookie });
    expect(codeOf(await caller.animals.importBatch({ rows: [record("nope")] }).catch((e) => e))).toBe(
      "FORBIDDEN",
    );
  });
});

describe("animals.exportPage", () => {
  it("pages every record in slug order, filtered by status and species, and round-trips unchanged", async () => {
    const caller = await asStaff();
    await caller.animals.importBatch({
      rows: [
        record("page-c", { species: "bird", status: "archived" }),
        record("page-a", { species: "bird" }),
        record("page-b", { species: "bird", status: "draft" }),
      ],
    });
    const seen: AnimalRecord[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: AnimalRecord[]; nextCursor: string | null } = await caller.animals.exportPage({
        species: ["bird"],
        limit: 2,
        cursor,
      });
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((r) => r.slug)).toEqual(["page-a", "page-b", "page-c"]);

    const drafts = await caller.animals.exportPage({ species: ["bird"], status: ["draft"] });
    expect(drafts.items.map((r) => r.slug)).toEqual(["page-b"]);

    const again = await caller.animals.importBatch({ rows: seen });
    expect(again.every((r) => r.outcome === "unchanged")).toBe(true);
  });

  it("refuses a forged cursor", async () => {
    const caller = await asStaff();
    for (const cursor of ["not-base64-json", Buffer.from('{"slug":1}').toString("base64url")]) {
      expect(codeOf(await caller.animals.exportPage({ cursor }).catch((e) => e))).toBe("BAD_REQUEST");
    }
  });
});
