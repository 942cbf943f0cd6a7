import { describe, expect, it } from "vitest";
import { availabilityLabel, formatAge, formatCount, formatPrice } from "./format";

describe("formatPrice", () => {
  it.each([
    [120000, "EUR", "€1,200.00"],
    [299, "EUR", "€2.99"],
    [0, "EUR", "€0.00"],
    [1500, "JPY", "JP¥1,500"],
  ])("%d %s -> %s", (minor, currency, text) => {
    expect(formatPrice(minor, currency)).toBe(text);
  });
});

describe("formatCount", () => {
  it("groups thousands as the shop's locale does", () => {
    expect([0, 1, 999, 1204, 1_000_000].map(formatCount)).toEqual(["0", "1", "999", "1,204", "1,000,000"]);
  });
});

describe("formatAge", () => {
  const today = new Date("2026-11-21T10:00:00Z");
  it.each([
    ["2026-11-21", "0 days"],
    ["2026-11-20", "1 day"],
    ["2026-11-10", "11 days"],
    ["2026-09-12", "10 weeks"],
    ["2026-08-21", "3 months"],
    ["2026-04-22", "6 months"],
    ["2025-11-21", "1 year"],
    ["2025-05-18", "1 year 6 months"],
    ["2024-08-20", "2 years 3 months"],
    ["2026-12-01", "0 days"],
  ])("born %s is %s old", (birthDate, age) => {
    expect(formatAge(birthDate, today)).toBe(age);
  });
});

describe("availabilityLabel", () => {
  it.each([
    [0, "Sold out"],
    [1, "Available"],
    [40, "40 available"],
  ])("%d -> %s", (stock, label) => {
    expect(availabilityLabel(stock)).toBe(label);
  });
});
