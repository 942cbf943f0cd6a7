import * as z from "zod/mini";

// Read by the router on every first load, so zod/mini and a plain bound: the API's own
// userListInput would bring all of zod along. users-search.test.ts keeps the two in step.

export const PAGE_SIZE = 50;
/** The API's bound on the search term, so the box never holds more than it may send. */
export const SEARCH_MAX_LENGTH = 100;

/**
 * The users page's URL: `/users?q=ann`, so a search survives a visit elsewhere and can be shared,
 * as on the other list pages. A bad value falls back to every account.
 */
export const usersSearch = z.object({
  q: z.catch(
    z.pipe(
      z.optional(z.string().check(z.trim(), z.maxLength(SEARCH_MAX_LENGTH))),
      z.transform((term) => term || undefined),
    ),
    undefined,
  ),
});
export type UsersSearch = z.output<typeof usersSearch>;
