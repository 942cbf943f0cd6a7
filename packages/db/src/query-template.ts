import { type Compilable, type CompiledQuery, type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "./schema";

// Reads that Kysely builds and compiles once, then runs with each call's values. Building a query
// allocates an immutable node for every clause, the camel-case plugin rebuilds the tree, and the
// compiler walks it again: on a by-slug read that cost the server more CPU than PostgreSQL spent
// answering (docs/decisions/023-query-templates.md). The compiled SQL is also the same string every
// time, which the named prepared statements look up per run.

/** Each value a template binds, as the expression its query uses in the value's place. */
export type Slots<Values> = { readonly [K in keyof Values]-?: RawBuilder<Exclude<Values[K], undefined>> };

interface Compiled<Row, Name> {
  query: CompiledQuery<Row>;
  /** For each parameter of `query`, the slot it is, or null for a value fixed by the shape. */
  slotAt: (Name | null)[];
  /** The slots this shape's query uses; the others must have no value when it runs. */
  used: ReadonlySet<Name>;
}

/**
 * A read compiled once per database and shape. `build(db, shape, slots)` makes the query, using
 * the slots it needs as values (a slot may appear more than once); the shape must say everything
 * else that changes the SQL (which clauses there are). A run gives a value for exactly the slots its shape uses,
 * and is refused otherwise: a filter the builder forgot fails loudly instead of matching more.
 * Usage: `queryTemplate<{ slug: string }>()({ slug: true }, (db, shape, { slug }) => …)`.
 */
export function queryTemplate<Values extends object>() {
  type Name = keyof Values & string;
  return <Row, Shape extends string | object>(
    names: { readonly [K in keyof Values]-?: true },
    build: (db: Kysely<Database>, shape: Shape, slots: Slots<Values>) => Compilable<Row>,
  ) => {
    const compiled = new WeakMap<Kysely<Database>, Map<string, Compiled<Row, Name>>>();

    function compile(db: Kysely<Database>, shape: Shape): Compiled<Row, Name> {
      const markers = new Map<unknown, Name>();
      const slots: Record<string, RawBuilder<unknown>> = {};
      for (const name of Object.keys(names) as Name[]) {
        const marker = `\u0000petshop-slot:${name}\u0000`;
        markers.set(marker, name);
        slots[name] = sql`${marker}`;
      }
      // Every name has its slot: the loop above filled one per key of `names`.
      const query = build(db, shape, slots as Slots<Values>).compile();
      const slotAt = query.parameters.map((value) => markers.get(value) ?? null);
      const used = new Set(slotAt.filter((name) => name !== null));
      return { query, slotAt, used };
    }

    /** The template's rows for `values` on `db`. */
    return async function run(db: Kysely<Database>, shape: Shape, values: Values): Promise<Row[]> {
      const key = typeof shape === "string" ? shape : JSON.stringify(shape);
      let shapes = compiled.get(db);
      if (!shapes) {
        shapes = new Map();
        compiled.set(db, shapes);
      }
      let template = shapes.get(key);
      if (!template) {
        template = compile(db, shape);
        shapes.set(key, template);
      }
      const { query, slotAt, used } = template;
      for (const name of Object.keys(names) as Name[]) {
        if (used.has(name) !== (values[name] !== undefined)) {
          throw new Error(
            `queryTemplate: the slot ${name} ${used.has(name) ? "has no value" : "has a value its shape does not use"}`,
          );
        }
      }
      const parameters = query.parameters.map((fixed, index) => {
        const slot = slotAt[index];
        return slot == null ? fixed : values[slot];
      });
      const { rows } = await db.executeQuery<Row>({ ...query, parameters });
      return rows;
    };
  };
}
