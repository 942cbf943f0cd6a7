import { describe, expect, it } from "vitest";
import { recordFromRow } from "./record-from-row";

// A CSV row through the router's own record schema.

const fields = {
  slug: "rex",
  name: " Rex ",
  species: "dog",
  breed: "Beagle",
  sex: "male",
  birthDate: "2026-05-01",
  priceMinor: "120000",
  currency: "EUR",
  stock: "1",
  status: "active",
  description: "",
};

describe("recordFromRow", () => {
  it("reads whole numbers and applies the schema's trimming", () => {
    expect(recordFromRow({ line: 2, fields })).toEqual({
      ok: true,
      line: 2,
      record: { ...fields, name: "Rex", priceMinor: 120000, stock: 1 },
    });
  });

  it("names every problem with its line and column", () => {
    const result = recordFromRow({
      line: 9,
      fields: { ...fields, species: "dragon", priceMinor: "12.50", stock: "-1", birthDate: "2026-13-01" },
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => `${p.line}:${p.field}`).sort()).toEqual([
      "9:birthDate",
      "9:priceMinor",
      "9:species",
      "9:stock",
    ]);
  });

  it("refuses a control character in any text, as the API would, naming the column", () => {
    const result = recordFromRow({
      line: 4,
      fields: { ...fields, name: "Rex\u0000", description: "first line\nsecond\u001b[31m" },
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 4, field: "name", message: expect.stringContaining("control character") },
        { line: 4, field: "description", message: expect.stringContaining("control character") },
      ],
    });
    // Line breaks and tabs are text, not control characters.
    expect(recordFromRow({ line: 5, fields: { ...fields, description: "a\tb\r\nc" } }).ok).toBe(true);
  });

  it("refuses a row of the wrong shape as a whole", () => {
    expect(recordFromRow({ line: 3, fields: {}, problem: "has 1 fields where the header has 11" })).toEqual({
      ok: false,
      problems: [{ line: 3, field: "row", message: "has 1 fields where the header has 11" }],
    });
  });
});
