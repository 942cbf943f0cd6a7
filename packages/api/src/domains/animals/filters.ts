import type { AnimalSex, AnimalStatus, Database, Slots, Species } from "@petshop/db";
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import type { AnimalFilterInput } from "./schemas";

// The WHERE clause every catalogue read shares (list and facets), so a count always matches
// the page it describes. It is built from the values it binds, apart from which filters apply
// (the shape), so the list can compile it once per shape (packages/db/src/query-template.ts).

/** `date` minus whole months, as `YYYY-MM-DD` (UTC; the 31st of a short month falls back). */
export function monthsBefore(date: Date, months: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, date.getUTCDate()));
  if (d.getUTCDate() !== date.getUTCDate()) d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

/** The parsed search words, for `@@` and ranking. */
export const searchQuery = (q: string | Expression<string>) =>
  sql<string>`websearch_to_tsquery('english', ${q})`;

/** What the catalogue filter binds; a filter not asked for has no value. */
export interface FilterValues {
  breed?: string;
  priceMin?: number;
  priceMax?: number;
  /** Born on or before: the youngest age asked for. */
  bornBy?: string;
  /** Born after: past the oldest age asked for. */
  bornAfter?: string;
  q?: string;
}

/**
 * Which filters apply: everything about the clause's SQL that its values do not carry. Statuses,
 * species and sexes are written into the SQL rather than bound: they are a few known words, and
 * the planner needs `status = 'active'` in the text to use the partial indexes in a plan it keeps
 * for every run of a prepared statement (bound, it had to plan each run again, and an array
 * parameter made it guess a full scan).
 */
export interface FilterShape {
  statuses: readonly AnimalStatus[];
  species: readonly Species[] | null;
  sex: readonly AnimalSex[] | null;
  breed: boolean;
  priceMin: boolean;
  priceMax: boolean;
  bornBy: boolean;
  bornAfter: boolean;
  inStock: boolean;
  q: boolean;
}

/** The filter's values and shape for `filters`, as `statuses` may see them on the day of `now`. */
export function catalogueFilterOf(filters: AnimalFilterInput, statuses: readonly AnimalStatus[], now: Date) {
  const values: FilterValues = {
    breed: filters.breed || undefined,
    priceMin: filters.priceMin,
    priceMax: filters.priceMax,
    bornBy: filters.ageMinMonths === undefined ? undefined : monthsBefore(now, filters.ageMinMonths),
    bornAfter: filters.ageMaxMonths === undefined ? undefined : monthsBefore(now, filters.ageMaxMonths + 1),
    q: filters.q || undefined,
  };
  const shape: FilterShape = {
    statuses,
    species: filters.species?.length ? filters.species : null,
    sex: filters.sex?.length ? filters.sex : null,
    breed: values.breed !== undefined,
    priceMin: values.priceMin !== undefined,
    priceMax: values.priceMax !== undefined,
    bornBy: values.bornBy !== undefined,
    bornAfter: values.bornAfter !== undefined,
    inStock: filters.inStock === true,
    q: values.q !== undefined,
  };
  return { values, shape };
}

/** The WHERE clause of `shape` over `bound`, each value an expression (bound here, or a template's slot). */
export function filterClause(shape: FilterShape, bound: Slots<FilterValues>) {
  return (eb: ExpressionBuilder<Database, "animals">): Expression<SqlBool> => {
    const words = <T extends string>(list: readonly T[]) => list.map((word) => sql.lit(word));
    const conditions: Expression<SqlBool>[] = [eb("status", "in", words(shape.statuses))];
    if (shape.species) conditions.push(eb("species", "in", words(shape.species)));
    if (shape.breed) conditions.push(eb("breed", "=", bound.breed));
    if (shape.sex) conditions.push(eb("sex", "in", words(shape.sex)));
    if (shape.priceMin) conditions.push(eb("priceMinor", ">=", bound.priceMin));
    if (shape.priceMax) conditions.push(eb("priceMinor", "<=", bound.priceMax));
    if (shape.bornBy) conditions.push(eb("birthDate", "<=", bound.bornBy));
    if (shape.bornAfter) conditions.push(eb("birthDate", ">", bound.bornAfter));
    if (shape.inStock) conditions.push(eb("stock", ">", sql.lit(0)));
    if (shape.q) conditions.push(sql<SqlBool>`search @@ ${searchQuery(bound.q)}`);
    return eb.and(conditions);
  };
}

/** Each value as a bound parameter (a slot filled in already; unused when its filter does not apply). */
function bindValues(values: FilterValues): Slots<FilterValues> {
  const bind = <T>(value: T) => sql<Exclude<T, undefined>>`${value}`;
  return {
    breed: bind(values.breed),
    priceMin: bind(values.priceMin),
    priceMax: bind(values.priceMax),
    bornBy: bind(values.bornBy),
    bornAfter: bind(values.bornAfter),
    q: bind(values.q),
  };
}

/** The WHERE clause for `filters`, as `statuses` may see them on the day of `now`. */
export function catalogueFilter(filters: AnimalFilterInput, statuses: readonly AnimalStatus[], now: Date) {
  const { values, shape } = catalogueFilterOf(filters, statuses, now);
  return filterClause(shape, bindValues(values));
}
