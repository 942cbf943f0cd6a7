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
    ["2026-11-21 22:08:00.123456+00", "2026-11-21T22:08:00.123Z"],
    ["2026-11-21 22:08:00.999999+00", "2026-11-21T22:08:00.999Z"],
    ["2024-02-29 00:00:00.05+00", "2024-02-29T00:00:00.050Z"],
  ])("reads %s as %s", (text, iso) => {
    expect(toIsoTimestamp(text)).toBe(iso);
  });

  it.each(["infinity", "2026-13-01 00:00:00+00", "2026-11-21 22:61:00+00", "yesterday"])(
    "refuses %s",
    (text) => {
      expect(() => toIsoTimestamp(text)).toThrow(/Unreadable timestamp/);
    },
  );
});

describe("toIsoTimestamp's UTC fast path", () => {
  it("agrees with Date for every millisecond pattern PostgreSQL can send", () => {
    for (let ms = 0; ms < 1000; ms += 7) {
      const iso = new Date(Date.UTC(2026, 0, 31, 23, 59, 58, ms)).toISOString();
      const fraction = String(ms).padStart(3, "0").replace(/0+$/, "");
      const text = `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction ? `.${fraction}` : ""}+00`;
      expect(toIsoTimestamp(text)).toBe(iso);
    }
  });
});
