import fc from "fast-check";
import type { z } from "zod";

// Valid inputs for a procedure, generated from its own zod schema (by way of the JSON Schema zod
// writes for it), and the same inputs with one part broken: for fuzzing that gets past validation
// into the services, where a valid-looking input can still find a 500.

type JsonSchema = z.core.JSONSchema._JSONSchema;

/** Where a generated id should point: ids of real rows, so that calls reach real objects. */
export interface ArbitraryHints {
  ids: fc.Arbitrary<string>;
}

const MAX_TEXT = 60;
const MAX_ITEMS = 3;

function stringFor(schema: z.core.JSONSchema.JSONSchema, name: string, hints: ArbitraryHints) {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_TEXT, MAX_TEXT));
  if (schema.format === "uuid") return fc.oneof(hints.ids, fc.uuid());
  if (schema.pattern) {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY));
  }
  if (/email/i.test(name)) return fc.oneof(fc.constant("fuzz@example.test"), fc.emailAddress());
  // Printable ASCII mostly; any printable unicode (emoji, combining marks, other scripts) too.
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 1, arbitrary: fc.string({ minLength, maxLength, unit: "grapheme" }) },
  );
}

function integerFor(schema: z.core.JSONSchema.JSONSchema) {
  const low = Math.max(
    schema.minimum ?? -1_000_000,
    typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + 1 : Number.MIN_SAFE_INTEGER,
  );
  const high = Math.min(
    schema.maximum ?? 1_000_000,
    typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum - 1 : Number.MAX_SAFE_INTEGER,
  );
  // Mostly small values near the bottom of the range, where real inputs live; sometimes anywhere.
  return fc.oneof(
    fc.integer({ min: low, max: Math.min(high, low + 100) }),
    fc.integer({ min: low, max: high }),
  );
}

/** Values that satisfy `schema` as far as JSON Schema can say (refinements may still refuse). */
export function validArbitrary(schema: JsonSchema, hints: ArbitraryHints, name = ""): fc.Arbitrary<unknown> {
  if (typeof schema === "boolean") return schema ? fc.jsonValue({ maxDepth: 2 }) : fc.constant(undefined);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((option) => validArbitrary(option, hints, name)));
  switch (schema.type) {
    case "string":
      return stringFor(schema, name, hints);
    case "integer":
      return integerFor(schema);
    case "number":
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = schema.minItems ?? 0;
      const items = Array.isArray(schema.items) ? undefined : schema.items;
      return fc.array(items === undefined ? fc.constant(null) : validArbitrary(items, hints, name), {
        minLength,
        maxLength: Math.max(minLength, Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS)),
      });
    }
    case "object": {
      const properties = Object.entries(schema.properties ?? {});
      const shape = Object.fromEntries(
        properties.map(([key, value]) => [key, validArbitrary(value, hints, key)]),
      );
      return fc.record(shape, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

type Path = (string | number)[];

/** Every place in a JSON value, containers included, root first. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...at, i]))];
  if (typeof value === "object" && value !== null)
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))];
  return here;
}

/** A copy of `value` with the part at `path` replaced by `replacement`, or removed when it is undefined. */
function replaced(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    if (typeof head === "number") copy[head] = replaced(copy[head], rest, replacement);
    return copy;
  }
  if (typeof value === "object" && value !== null) {
    const copy: Record<string, unknown> = { ...value };
    const key = String(head);
    if (rest.length === 0 && replacement === undefined) delete copy[key];
    else copy[key] = replaced(copy[key], rest, replacement);
    return copy;
  }
  return value;
}

/** A valid value with one part (a field, an item, or the whole) replaced by `broken`, or removed. */
export function oneFieldBroken(valid: fc.Arbitrary<unknown>, broken: fc.Arbitrary<unknown>) {
  return fc
    .tuple(valid, fc.nat(), fc.option(broken, { freq: 6, nil: undefined }))
    .map(([value, pick, replacement]) => {
      const paths = pathsOf(value);
      // The root is only replaced, never removed: a missing input is covered elsewhere.
      const path = paths[pick % paths.length] ?? [];
      return replaced(value, path, path.length === 0 && replacement === undefined ? null : replacement);
    });
}
