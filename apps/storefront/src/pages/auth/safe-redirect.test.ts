import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeRedirect("/animals/biscuit")).toBe("/animals/biscuit");
    expect(safeRedirect("/?species=cat")).toBe("/?species=cat");
  });

  it.each([
    undefined,
    "",
    "account",
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "/\t/evil.example/",
    "javascript:alert(1)",
  ])("sends %j to the account page instead", (target) => {
    expect(safeRedirect(target)).toBe("/account");
  });
});
