import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Luna", "luna"],
    ["Luna (Maine Coon)", "luna-maine-coon"],
    ["Zoë & Émile", "zoe-emile"],
    ["  --Neon   Tetra shoal--  ", "neon-tetra-shoal"],
  ])("%s -> %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it("bounds the length and never ends on a dash", () => {
    const slug = slugify(`${"a".repeat(99)} b`);
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});
