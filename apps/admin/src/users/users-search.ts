import { userListInput } from "@petshop/api/schemas";
import { z } from "zod";

export const PAGE_SIZE = 50;
const searchTerm = userListInput.shape.search;
/** The API's bound on the search term, so the box never holds more than it may send. */
export const SEARCH_MAX_LENGTH = searchTerm.unwrap().maxLength ?? undefined;

/**
 * The users page's URL: `/users?q=ann`, so a search survives a visit elsewhere and can be shared,
 * as on the other list pages. A bad value falls back to every account.
 */
export const usersSearch = z.object({
  q: searchTerm.transform((term) => term || undefined).catch(undefined),
});
export type UsersSearch = z.output<typeof usersSearch>;
