import { describe, expect, it } from "vitest";
import { fromMinorUnits, toMinorUnits } from "../lib/euros";
import { listingFormSchema, NEW_LISTING } from "./listing-form";

describe("prices typed in euros", () => {
  it("become whole cents without float rounding", () => {
    expect(toMinorUnits("1200")).toBe(120000);
    expect(toMinorUnits("1199.5")).toBe(119950);
    expect(toMinorUnits("0,07")).toBe(7);
    expect(toMinorUnits("1.13")).toBe(113);
    expect(toMinorUnits("4.35")).toBe(435);
  });

  it("show as they are typed back", () => {
    expect(fromMinorUnits(119950)).toBe("1199.50");
    expect(fromMinorUnits(7)).toBe("0.07");
  });

  it("are held to the API's bound after conversion", () => {
    const valid = { ...NEW_LISTING, name: "Rex", breed: "Collie", birthDate: "2026-01-01" };
    expect(listingFormSchema.parse({ ...valid, price: "1000000" }).price).toBe(100_000_000);
    expect(listingFormSchema.safeParse({ ...valid, price: "1000000.01" }).success).toBe(false);
  });
});
