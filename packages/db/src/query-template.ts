import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Database } from "./schema";

// Reads that Kysely builds and compiles once, then runs with each call's values. Building a query
// allocates an immutable node for every clause, the camel-case plugin rebuilds the tree, and the
// compiler walks it again: on a by-slug read that cost the server a fifth of its CPU, more than
// PostgreSQL spent answering (docs/decisions/023-query-templates.md). The compiled SQL is also the
// same string every time, which the named prepared statements look up per run.

/** A value a template fills in at each run: a marker string that must reach the query as a value. */
export type Slot = string & { readonly __templateSlot: unique symbol };

interface Compiled<Row, Name extends string> {
  query: CompiledQuery<Row>;
  /** For each parameter of `query`, the slot it is, or null for a value fixed by the shape. */
  slotAt: (Name | null)[];
}

/**
 * A read compiled once per database and `shape`. `build(db, shape, slots)` makes the query, using
 * each named slot exactly once as a value; `shape` must name everything else that changes its
 * SQL (a list whose length varies, a clause present or not). Run it with a value per slot.
 */
export function queryTemplate<Row, Shape extends string, Name extends string>(
  names: readonly Name[],
  build: (db: Kysely<Database>, shape: Shape, slots: Record<Name, Slot>) => Compilable<Row>,
) {
  const compiled = new WeakMap<Kysely<Database>, Map<Shape, Compiled<Row, Name>>>();

  function compile(db: Kysely<Database>, shape: Shape): Compiled<Row, Name> {
    const markers = new Map<unknown, Name>(names.map((name) => [`\u0000petshop-slot:${name}\u0000`, name]));
    const slots = Object.fromEntries([...markers].map(([marker, name]) => [name, marker])) as Record<
      Name,
      Slot
    >;
    const query = build(db, shape, slots).compile();
    const slotAt = query.parameters.map((value) => markers.get(value) ?? null);
    for (const name of names) {
      const uses = slotAt.filter((at) => at === name).length;
      if (uses !== 1) throw new Error(`queryTemplate: the slot ${name} is used ${uses} times, not once`);
    }
    return { query, slotAt };
  }

  /** The template's rows for `values` on `db`. */
  return async function run(
    db: Kysely<Database>,
    shape: Shape,
    values: Record<Name, string>,
  ): Promise<Row[]> {
    let shapes = compiled.get(db);
    if (!shapes) {
      shapes = new Map();
      compiled.set(db, shapes);
    }
    let template = shapes.get(shape);
    if (!template) {
      template = compile(db, shape);
      shapes.set(shape, template);
    }
    const { query, slotAt } = template;
    const parameters = query.parameters.map((fixed, index) => {
      const slot = slotAt[index];
      return slot == null ? fixed : values[slot];
    });
    const { rows } = await db.executeQuery<Row>({ ...query, parameters });
    return rows;
  };
}
