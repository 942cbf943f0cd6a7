import { FIRST_REPORT_DAY as API_FIRST_REPORT_DAY } from "@petshop/api/schemas";
import { describe, expect, it } from "vitest";
import { dayIn, FIRST_REPORT_DAY, salesInputOf } from "./sales-range";

describe("the dashboard's ranges", () => {
  it("ends today and covers whole days, weeks from Monday, or months", () => {
    // Saturday 21 November 2026.
    expect(salesInputOf("30d", "2026-11-21")).toEqual({ from: "2026-10-23", to: "2026-11-21", by: "day" });
    expect(salesInputOf("12w", "2026-11-21")).toEqual({ from: "2026-08-31", to: "2026-11-21", by: "week" });
    expect(salesInputOf("12m", "2026-11-21")).toEqual({ from: "2025-12-01", to: "2026-11-21", by: "month" });
  });

  it("counts a Monday or a Sunday in its own week", () => {
    expect(salesInputOf("12w", "2026-11-16").from).toBe("2026-08-31");
    expect(salesInputOf("12w", "2026-11-22").from).toBe("2026-08-31");
    expect(salesInputOf("12w", "2026-11-23").from).toBe("2026-09-07");
  });

  it("crosses years and leap days", () => {
    // 30 days to 1 March: all of February and one day of January, unless February has 29.
    expect(salesInputOf("30d", "2027-03-01").from).toBe("2027-01-31");
    expect(salesInputOf("30d", "2028-03-01").from).toBe("2028-02-01");
    expect(salesInputOf("12m", "2027-01-31").from).toBe("2026-02-01");
  });

  it("knows the reports' first day as the API does", () => {
    expect(FIRST_REPORT_DAY).toBe(API_FIRST_REPORT_DAY);
  });

  it("never starts before the reports' first day", () => {
    expect(salesInputOf("12m", "2020-03-15")).toEqual({ from: "2020-01-01", to: "2020-03-15", by: "month" });
  });

  it("takes today from the shop's time zone, not the browser's", () => {
    // 23:30 UTC on 1 July is already 2 July in Dublin (summer time) and still 1 July in New York.
    const now = new Date("2026-07-01T23:30:00.000Z");
    expect(dayIn("Europe/Dublin", now)).toBe("2026-07-02");
    expect(dayIn("America/New_York", now)).toBe("2026-07-01");
    expect(dayIn("Europe/Dublin", new Date("2026-12-31T23:30:00.000Z"))).toBe("2026-12-31");
  });
});
