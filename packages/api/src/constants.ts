// The API's plain values the SPAs need before any form: sorts, bounds, and which calls travel
// alone or may be cached. `@petshop/api/constants` imports no zod, so a page that only reads the
// catalogue downloads none (docs/decisions/016-first-load.md); the schemas are built from these.
export { MAX_BATCH_SIZE, ONE_PER_REQUEST } from "./batch-limits";

/** `relevance` only applies to a text search (`q`). */
export const ANIMAL_SORTS = ["newest", "price_asc", "price_desc", "name", "relevance"] as const;
export type AnimalSort = (typeof ANIMAL_SORTS)[number];

/** Prices, in cents, that a filter or a listing may name. */
export const MAX_PRICE_MINOR = 100_000_000;
/** Ages, in whole months, that a filter or a listing may name. */
export const MAX_AGE_MONTHS = 600;
/** Longest catalogue search, in characters. */
export const MAX_SEARCH_LENGTH = 100;

/** How many of one animal a cart may hold; a tank of fish, not a warehouse. */
export const MAX_LINE_QUANTITY = 100;

export const PASSWORD_MIN_LENGTH = 8;

/**
 * Queries whose answer is the same for every customer: the server lets HTTP caches keep them, and
 * the client sends them in batches of their own, so a user-specific call never rides along.
 */
export const CACHEABLE_QUERIES: readonly string[] = ["animals.list", "animals.bySlug", "animals.facets"];
