import { appRouter } from "@petshop/api";
import { insertAnimal, placeOrder, signedInActor } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import fc from "fast-check";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type TestApp, testApp } from "./test-support/app";
import { oneFieldBroken, validArbitrary } from "./test-support/schema-arbitrary";

// Every procedure, read from the router at run time (a new one is fuzzed without anyone
// remembering), called over HTTP as anonymous, customer and staff with inputs built from its own
// schema's field names and then broken: wrong types, missing and extra fields, control characters
// and unicode edge cases, huge strings and arrays, deep nesting, `__proto__` keys, extreme numbers,
// forged cursors and extreme dates. Then valid inputs generated from the same schema, pointing at
// real rows, as they are and with one part broken, so the calls get past validation into the
// services. No call may end in a 5xx, nor log at error level. Seeded, so a run replays; a failure
// names the procedure, the caller and the input.

const SEED = 20261130;
const RUNS_PER_CALLER = 16;

let testDb: TestDatabase;
let shop: TestApp;
/** What the app logs at error level: a hostile input is the caller's fault, so nothing. */
const errorLines: string[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  const logger = pino({ level: "error" }, { write: (line: string) => void errorLines.push(line) });
  shop = testApp(testDb.db, { logger });
});
afterAll(() => testDb?.destroy());

interface Procedure {
  path: string;
  kind: string;
  fields: string[];
  /** Its input as one JSON Schema object (several `.input()`s merged), or null without input. */
  input: z.core.JSONSchema.JSONSchema | null;
  /** Whether a value passes every one of its input schemas, refinements included. */
  accepts: (value: unknown) => boolean;
}

/** A procedure's kind and the top-level field names of its input schema, read at run time. */
function describeProcedure(path: string, procedure: unknown): Procedure {
  if (typeof procedure !== "function" || !("_def" in procedure))
    throw new Error(`${path} is not a procedure`);
  const def: unknown = procedure._def;
  if (typeof def !== "object" || def === null || !("type" in def) || typeof def.type !== "string") {
    throw new Error(`${path} has no type`);
  }
  const inputs = "inputs" in def && Array.isArray(def.inputs) ? def.inputs : [];
  const properties: Record<string, z.core.JSONSchema._JSONSchema> = {};
  const required: string[] = [];
  for (const schema of inputs) {
    if (!(schema instanceof z.ZodType)) continue;
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    Object.assign(properties, json.properties ?? {});
    required.push(...(json.required ?? []));
  }
  const fields = Object.keys(properties);
  return {
    path,
    kind: def.type,
    fields,
    input: inputs.length ? { type: "object", properties, required } : null,
    accepts: (value) =>
      inputs.every((schema) => !(schema instanceof z.ZodType) || schema.safeParse(value).success),
  };
}

const procedures = Object.entries(appRouter._def.procedures).map(([path, p]) => describeProcedure(path, p));

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

const hostileString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\u001b[31m",
    "\ud800",
    "\ufeff",
    "e\u0301",
    "🐕".repeat(300),
    "x".repeat(20_000),
    "0000-01-01",
    "0000-01-01T00:00:00.000Z",
    "99999-12-31",
    "2026-02-30",
    "1e308",
    "-1",
    "NaN",
    "__proto__",
    "' OR 1=1 --",
    "%",
    "\\",
    "00000000-0000-4000-8000-000000000000",
    cursor({ sort: "price_asc", key: "not a price", id: "x" }),
    cursor({ createdAt: "0000-01-01T00:00:00Z", id: "00000000-0000-4000-8000-000000000000" }),
    cursor({ number: "99999999999999999999", animalId: "00000000-0000-4000-8000-000000000000" }),
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, 0.5, 1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const deep = fc.integer({ min: 25, max: 60 }).map((depth) => {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = { d: value };
  return value;
});
const leaf = fc.oneof(hostileString, hostileNumber, fc.constant(null), fc.boolean());
const hostileValue = fc.oneof(
  { weight: 6, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 5_000 }, (_, i) => i)) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), leaf, { maxKeys: 3 }) },
  { weight: 1, arbitrary: deep },
);

/** JSON's own "__proto__" key, which no object literal can make, in front of `object`'s keys. */
function withProtoKey(object: object): unknown {
  const rest = JSON.stringify(object).slice(1, -1);
  return JSON.parse(`{"__proto__":{"isAdmin":true}${rest ? `,${rest}` : ""}}`);
}

/** An input for a procedure with `fields`: its own field names with broken values, or anything at all. */
function hostileInput(fields: string[]) {
  const named = fields.length
    ? fc.dictionary(fc.constantFrom(...fields), hostileValue, { minKeys: 1, maxKeys: fields.length })
    : fc.constant({});
  return fc.oneof(
    { weight: 5, arbitrary: named },
    {
      weight: 1,
      arbitrary: fc.tuple(named, fc.string({ maxLength: 10 }), leaf).map(([o, k, v]) => ({ ...o, [k]: v })),
    },
    { weight: 1, arbitrary: named.map(withProtoKey) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  );
}

/** One call over HTTP, as the browser would send it; the input travels as JSON text. */
function call(p: Procedure, input: unknown, cookie: string | undefined) {
  const headers: Record<string, string> = { origin: "http://shop.test", ...(cookie ? { cookie } : {}) };
  const json = input === undefined ? undefined : JSON.stringify(input);
  if (p.kind === "query") {
    const query = json === undefined ? "" : `?input=${encodeURIComponent(json)}`;
    return shop.app.request(`http://shop.test/trpc/${p.path}${query}`, { headers });
  }
  return shop.app.request(`http://shop.test/trpc/${p.path}`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    ...(json === undefined ? {} : { body: json }),
  });
}

/** Every call's status, and each 5xx with the procedure, caller and input that caused it. */
function tally() {
  const byStatus = new Map<number, number>();
  const failures: string[] = [];
  return {
    failures,
    /** Calls `p` with each input as each caller. */
    async callAll(p: Procedure, inputs: unknown[], callers: Record<string, string | undefined>) {
      for (const [who, cookie] of Object.entries(callers)) {
        for (const input of inputs) {
          const res = await call(p, input, cookie);
          byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
          if (res.status >= 500) {
            failures.push(`${p.path} as ${who} → ${res.status}: ${JSON.stringify(input).slice(0, 300)}`);
          }
        }
      }
    },
    total: () => [...byStatus.values()].reduce((a, b) => a + b, 0),
    count: (status: number) => byStatus.get(status) ?? 0,
    summary: () =>
      [...byStatus.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}: ${n}`)
        .join(", "),
  };
}

describe("fuzzing every procedure over HTTP", () => {
  it("answers every hostile input with a 2xx or 4xx, never a 5xx", async () => {
    const calls = tally();
    for (const [index, p] of procedures.entries()) {
      // Fresh accounts per procedure: a fuzzed sign-out or password change must not starve the rest.
      const callers = {
        anonymous: undefined,
        customer: (await signedInActor(shop.deps, "customer", "fuzz-customer")).cookie,
        staff: (await signedInActor(shop.deps, "staff", "fuzz-staff")).cookie,
      };
      const inputs = fc.sample(hostileInput(p.fields), { seed: SEED + index, numRuns: RUNS_PER_CALLER });
      await calls.callAll(p, inputs, callers);
    }
    console.log(
      `fuzz: ${calls.total()} calls over ${procedures.length} procedures (seed ${SEED}); ${calls.summary()}; ` +
        `error-level log lines: ${errorLines.length}`,
    );
    expect(calls.failures).toEqual([]);
    expect(errorLines).toEqual([]);
  });

  it("answers valid inputs, and valid inputs with one part broken, without a 5xx", async () => {
    const calls = tally();
    let accepted = 0;
    for (const [index, p] of procedures.entries()) {
      const customer = await signedInActor(shop.deps, "customer", "fuzz-valid-customer");
      const staff = await signedInActor(shop.deps, "staff", "fuzz-valid-staff");
      // Fresh rows per procedure too: an earlier one may have archived or sold what it was given.
      const animals = await Promise.all(
        [1, 2].map(() => insertAnimal(testDb.db, { stock: 1_000, priceMinor: 1_000 })),
      );
      const order = await placeOrder(shop.deps, customer, [{ animalId: animals[0]?.id ?? "" }]);
      const ids = fc.constantFrom(...animals.map((a) => a.id), order.id, customer.id, staff.id);
      const valid = p.input ? validArbitrary(p.input, { ids }) : fc.constant(undefined);
      const inputs = fc.sample(fc.oneof(valid, oneFieldBroken(valid, hostileValue)), {
        seed: SEED + index,
        numRuns: RUNS_PER_CALLER,
      });
      accepted += inputs.filter((input) => p.accepts(input)).length;
      await calls.callAll(p, inputs, {
        anonymous: undefined,
        customer: customer.cookie,
        staff: staff.cookie,
      });
    }
    console.log(
      `fuzz from valid inputs: ${calls.total()} calls (seed ${SEED}), ${accepted * 3} with inputs their schema ` +
        `accepts; ${calls.summary()}; error-level log lines: ${errorLines.length}`,
    );
    expect(calls.failures).toEqual([]);
    expect(errorLines).toEqual([]);
    // Most calls must get past validation, or this is not fuzzing the services at all.
    expect(calls.count(400) / calls.total()).toBeLessThan(0.6);
  });
});
