import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTER_MESSAGE, findInputProblem, MAX_INPUT_DEPTH } from "./control-characters";

describe("findInputProblem", () => {
  it("accepts ordinary text, lines and tabs, numbers, nulls and unicode", () => {
    expect(
      findInputProblem({ a: "Rex\tthe\r\ndog", b: [1, null, true, "🐕 Ünïcode"], c: { d: "" } }),
    ).toBeUndefined();
  });

  it("names the path of a NUL or other control character, in values and in keys", () => {
    expect(findInputProblem({ name: "Rex\u0000" })).toEqual({
      path: ["name"],
      message: CONTROL_CHARACTER_MESSAGE,
    });
    expect(findInputProblem({ rows: [{ ok: "x" }, { breed: "a\u001bb" }] })?.path).toEqual([
      "rows",
      1,
      "breed",
    ]);
    expect(findInputProblem({ "bad\u0007key": 1 })?.path).toEqual(["bad\u0007key"]);
    expect(findInputProblem("\u007f")?.path).toEqual([]);
  });

  it("refuses nesting past the limit", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < MAX_INPUT_DEPTH + 1; i++) deep = { d: deep };
    expect(findInputProblem(deep)?.message).toBe("Nested too deeply");
  });
});
