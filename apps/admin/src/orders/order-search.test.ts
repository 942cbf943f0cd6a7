import { adminOrderListInput } from "@petshop/api/schemas";
import { describe, expect, it } from "vitest";
import { dateRangeError, listInputOf, orderSearch } from "./order-search";

// The URL's schema is written apart from the API's (zod/mini, to keep zod's API off the first
// load); these tests keep the two in step.

/** What a hand-edited or mangled URL might hold in any field. */
const ODD_VALUES = [
  "",
  "  ",
  "paid",
  "Paid",
  ["fulfilled", "paid", "paid"],
  ["paid", "lost"],
  "2026-11-01",
  "2026-02-29",
  "1999-12-31",
  "2101-01-01",
  20261101,
  true,
  " Ann@Example.com ",
  "x".repeat(255),
];

/** The API's refusal of a range, in the words the page shows, or null. */
function apiRangeError(from: string | undefined, to: string | undefined): string | null {
  const issues = adminOrderListInput.safeParse({ from, to }).error?.issues ?? [];
  return issues.find((issue) => issue.path[0] === "to")?.message ?? null;
}

describe("the orders URL against the API's schema", () => {
  it("never lets through what the API would refuse", () => {
    for (const field of ["status", "from", "to", "email"]) {
      for (const value of ODD_VALUES) {
        const search = orderSearch.parse({ [field]: value });
        expect(adminOrderListInput.safeParse(listInputOf(search)).error, `${field}=${value}`).toBeUndefined();
      }
    }
  });

  it("keeps the days the API takes, up to its bounds, and drops the first past them", () => {
    expect(orderSearch.parse({ from: "2000-01-01", to: "2100-12-31" })).toEqual({
      from: "2000-01-01",
      to: "2100-12-31",
    });
    expect(orderSearch.parse({ from: "1999-12-31", to: "2101-01-01" })).toEqual({});
    expect(adminOrderListInput.safeParse({ from: "1999-12-31" }).success).toBe(false);
    expect(adminOrderListInput.safeParse({ to: "2101-01-01" }).success).toBe(false);
  });

  it("says what the API says of a range that ends before it starts", () => {
    const days = [undefined, "2026-11-01", "2026-11-20"];
    for (const from of days) {
      for (const to of days) expect(dateRangeError({ from, to })).toBe(apiRangeError(from, to));
    }
    expect(dateRangeError({ from: "2026-11-20", to: "2026-11-01" })).not.toBeNull();
  });
});
