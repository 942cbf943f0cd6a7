import { describe, expect, it } from "vitest";
import { storableText, toStoredJson } from "./stored-json";

describe("toStoredJson", () => {
  it("replaces NUL and lone surrogates in values and keys, and keeps the rest", () => {
    const json = toStoredJson({ "k\u0000": ["a\u0000b", "\ud800", "x\udc00", "😀", 1, null, true] });
    expect(json).not.toContain("\\u0000");
    expect(JSON.parse(json)).toEqual({ "k\uFFFD": ["a\uFFFDb", "\uFFFD", "x\uFFFD", "😀", 1, null, true] });
  });

  it("leaves a literal backslash-u sequence alone", () => {
    expect(JSON.parse(toStoredJson({ note: "\\u0000" }))).toEqual({ note: "\\u0000" });
  });

  it("stores undefined as null", () => {
    expect(toStoredJson(undefined)).toBe("null");
  });

  it("storableText keeps well-formed text", () => {
    expect(storableText("Pepper 🐶")).toBe("Pepper 🐶");
  });
});
