import { defaultParseSearch } from "@tanstack/react-router";
import { describe, expect, it } from "vitest";
import { stringifySearch } from "./search-params";

describe("search params in the URL", () => {
  it("writes a list as a repeated key and reads it back as a list", () => {
    const query = stringifySearch({ species: ["dog", "cat"], sort: "name" });
    expect(query).toBe("?species=dog&species=cat&sort=name");
    expect(defaultParseSearch(query)).toEqual({ species: ["dog", "cat"], sort: "name" });
  });

  it("writes everything else as the router's default does", () => {
    const search = { q: "123", inStock: true, priceMax: 199.99, redirect: "/account", gone: undefined };
    expect(stringifySearch(search)).toBe("?q=%22123%22&inStock=true&priceMax=199.99&redirect=%2Faccount");
    expect(defaultParseSearch(stringifySearch(search))).toEqual({
      q: "123",
      inStock: true,
      priceMax: 199.99,
      redirect: "/account",
    });
  });

  it("leaves an empty list and an empty search out", () => {
    expect(stringifySearch({ species: [] })).toBe("");
    expect(stringifySearch({})).toBe("");
  });
});
