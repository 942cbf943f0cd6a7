import type { RouterInputs } from "@petshop/api";

/** A catalogue request measured on all three servers. */
export type Scenario = { name: string } & (
  | { procedure: "animals.list"; input: RouterInputs["animals"]["list"] }
  | { procedure: "animals.bySlug"; input: RouterInputs["animals"]["bySlug"] }
);

/** Inputs that need the data (a deep cursor, an existing slug) are filled in by capture.ts. */
export function scenarios(deepCursor: string, slug: string): Scenario[] {
  return [
    { name: "list: first page", procedure: "animals.list", input: { limit: 24 } },
    {
      name: "list: filtered + sorted",
      procedure: "animals.list",
      input: { species: ["dog", "cat"], inStock: true, sort: "price_asc", limit: 24 },
    },
    { name: "list: deep cursor", procedure: "animals.list", input: { limit: 24, cursor: deepCursor } },
    {
      name: "list: text search",
      procedure: "animals.list",
      input: { q: "playful", sort: "relevance", limit: 24 },
    },
    { name: "bySlug", procedure: "animals.bySlug", input: { slug } },
  ];
}
