import type { AnimalStatus, Database } from "@petshop/db";
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import type { AnimalFilterInput } from "./schemas";

// The WHERE clause every catalogue read shares (list and facets), so a count always matches
// the page it describes.

/** `date` minus whole months, as `YYYY-MM-DD` (UTC; the 31st of a short month falls back). */
export function monthsBefore(date: Date, months: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, date.getUTCDate()));
  if (d.getUTCDate() !== date.getUTCDate()) d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

/** The parsed search words, for `@@` and ranking. */
export const searchQuery = (q: string) => sql<string>`websearch_to_tsquery('english', ${q})`;

export function catalogueFilter(filters: AnimalFilterInput, statuses: readonly AnimalStatus[], now: Date) {
  return (eb: ExpressionBuilder<Database, "animals">): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [eb("status", "in", statuses)];
    if (filters.species?.length) conditions.push(eb("species", "in", filters.species));
    if (filters.breed) conditions.push(eb("breed", "=", filters.breed));
    if (filters.sex?.length) conditions.push(eb("sex", "in", filters.sex));
    if (filters.priceMin !== undefined) conditions.push(eb("priceMinor", ">=", filters.priceMin));
    if (filters.priceMax !== undefined) conditions.push(eb("priceMinor", "<=", filters.priceMax));
    if (filters.ageMinMonths !== undefined)
      conditions.push(eb("birthDate", "<=", monthsBefore(now, filters.ageMinMonths)));
    if (filters.ageMaxMonths !== undefined) {
      conditions.push(eb("birthDate", ">", monthsBefore(now, filters.ageMaxMonths + 1)));
    }
    if (filters.inStock) conditions.push(eb("stock", ">", 0));
    if (filters.q) conditions.push(sql<SqlBool>`search @@ ${searchQuery(filters.q)}`);
    return eb.and(conditions);
  };
}
