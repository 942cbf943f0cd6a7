import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { DatabaseError } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUniqueViolation } from "./db-errors";
import { insertAnimal } from "./test-support/context";

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.destroy());

describe("isUniqueViolation", () => {
  it("recognises the database's own error (PGlite or pg, whichever the tests run on) by constraint", async () => {
    await insertAnimal(testDb.db, { slug: "twice" });
    const error = await insertAnimal(testDb.db, { slug: "twice" }).catch((e: unknown) => e);

    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, "animals_slug_key")).toBe(true);
    expect(isUniqueViolation(error, "users_email_key")).toBe(false);
  });

  it("recognises pg's error class", () => {
    const error = Object.assign(new DatabaseError("duplicate key value", 0, "error"), {
      code: "23505",
      constraint: "animals_slug_key",
    });
    expect(isUniqueViolation(error, "animals_slug_key")).toBe(true);
    expect(isUniqueViolation(error, "users_email_key")).toBe(false);
  });

  it.each([
    ["another SQLSTATE", { code: "23503", constraint: "animals_slug_key" }],
    ["no code", { constraint: "animals_slug_key" }],
    ["a plain Error", new Error("23505")],
    ["null", null],
    ["a string", "23505"],
  ])("is false for %s", (_label, error) => {
    expect(isUniqueViolation(error)).toBe(false);
    expect(isUniqueViolation(error, "animals_slug_key")).toBe(false);
  });
});
