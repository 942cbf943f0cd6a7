import { describe, expect, it } from "vitest";
import { toIsoTimestamp } from "./type-parsers";

describe("toIsoTimestamp", () => {
  it.each([
    ["2026-11-21 22:08:00+00", "2026-11-21T22:08:00.000Z"],
    ["2026-11-21 22:08:00.123+00", "2026-11-21T22:08:00.123Z"],
    ["2026-11-21 22:08:00.1+00", "2026-11-21T22:08:00.100Z"],
    ["2026-11-21 23:38:00.5+01:30", "2026-11-21T22:08:00.500Z"],
    ["2026-11-21 17:08:00-05", "2026-11-21T22:08:00.000Z"],
    ["2026-11-21 22:08:00", "2026-11-21T22:08:00.000Z"],
  ])("reads %s as %s", (text, iso) => {
    expect(toIsoTimestamp(text)).toBe(iso);
  });

  it.each(["infinity", "2026-13-01 00:00:00+00", "yesterday"])("refuses %s", (text) => {
    expect(() => toIsoTimestamp(text)).toThrow(/Unreadable timestamp/);
  });
});
