import { defaultParseSearch } from "@tanstack/react-router";
import { describe, expect, it } from "vitest";
import { stringifySearch } from "./search-params";

describe("search params in the URL", () => {
  it("writes a list as a repeated key and reads it back as a list", () => {
    const query = stringifySearch({ status: ["pending_payment", "paid"], email: "ann" });
    expect(query).toBe("?status=pending_payment&status=paid&email=ann");
    expect(defaultParseSearch(query)).toEqual({ status: ["pending_payment", "paid"], email: "ann" });
  });

  it("writes everything else as the router's default does", () => {
    const search = { q: "123", from: "2026-11-01", sort: "price_asc", gone: undefined };
    expect(stringifySearch(search)).toBe("?q=%22123%22&from=2026-11-01&sort=price_asc");
    expect(defaultParseSearch(stringifySearch(search))).toEqual({
      q: "123",
      from: "2026-11-01",
      sort: "price_asc",
    });
  });

  it("leaves an empty list and an empty search out", () => {
    expect(stringifySearch({ status: [] })).toBe("");
    expect(stringifySearch({})).toBe("");
  });
});
