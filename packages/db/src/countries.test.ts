import { describe, expect, it } from "vitest";
import { countryName, countryOptions, isCountryCode } from "./countries";

describe("countries", () => {
  it("are ISO 3166-1 codes in capitals, and read by their English names", () => {
    expect(["IE", "GB", "GR"].every(isCountryCode)).toBe(true);
    expect(["ie", "UK", "ZZ", "EU", "XK", "XX", "IRL"].some(isCountryCode)).toBe(false);
    expect(countryName("IE")).toBe("Ireland");
    expect(countryName("ZZ")).toBe("ZZ");
    expect(countryOptions(["IE", "GB", "DE"])).toEqual([
      { code: "IE", name: "Ireland" },
      { code: "GB", name: "United Kingdom" },
      { code: "DE", name: "Germany" },
    ]);
  });
});
