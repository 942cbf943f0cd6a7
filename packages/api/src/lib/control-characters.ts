// Text PostgreSQL cannot store (NUL) and text no person types (the other C0 controls and DEL) is
// refused at the edge, for every input at once: the API refuses any such string or key anywhere in
// a procedure's input before its schema runs, so a new text field cannot forget. Tab, line feed
// and carriage return stay allowed: descriptions and notes have lines. Browser-safe.

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Inputs nested deeper than this are refused too: no form or script builds them. */
export const MAX_INPUT_DEPTH = 20;

export interface InputProblem {
  path: (string | number)[];
  message: string;
}

export const CONTROL_CHARACTER_MESSAGE =
  "Contains a control character (such as NUL); remove it and try again";

/** True when `text` holds a character this shop refuses in any text. */
export const hasControlCharacter = (text: string) => CONTROL.test(text);

/** The first string or key in `value` holding a control character, or nesting too deep; undefined when clean. */
export function findInputProblem(value: unknown, path: (string | number)[] = []): InputProblem | undefined {
  if (typeof value === "string") {
    return hasControlCharacter(value) ? { path, message: CONTROL_CHARACTER_MESSAGE } : undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  if (path.length >= MAX_INPUT_DEPTH) return { path, message: "Nested too deeply" };
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const problem = findInputProblem(value[index], [...path, index]);
      if (problem) return problem;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    if (hasControlCharacter(key)) return { path: [...path, key], message: CONTROL_CHARACTER_MESSAGE };
    const problem = findInputProblem(item, [...path, key]);
    if (problem) return problem;
  }
  return undefined;
}
