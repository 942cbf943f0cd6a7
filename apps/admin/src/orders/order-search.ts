import type { RouterInputs } from "@petshop/client/react";
import { ORDER_STATUSES } from "@petshop/db/constants";
import * as z from "zod/mini";

// Read by the router on every first load, so zod/mini and plain values: the API's own
// adminOrderListInput would bring all of zod along. order-search.test.ts keeps the two in step.

export const PAGE_SIZE = 50;

/** Not set, rather than an error, for a value the page cannot use. */
const orUnset = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const orderStatus = z.enum(ORDER_STATUSES);

/**
 * `?status=paid&status=fulfilled` reaches us as an array, a lone `?status=paid` as a string (the
 * router's parser); both become the list in the state machine's order, without repeats, so one
 * choice of statuses has one URL. None ticked is no filter: every status.
 */
const statuses = orUnset(
  z.pipe(
    z.union([orderStatus, z.array(orderStatus)]),
    z.transform((value) => {
      const chosen = new Set(Array.isArray(value) ? value : [value]);
      const list = ORDER_STATUSES.filter((status) => chosen.has(status));
      return list.length > 0 ? list : undefined;
    }),
  ),
);

/** A day the shop could have traded on, within the bounds adminOrderListInput sets. */
const tradingDay = orUnset(z.iso.date().check(z.refine((day) => day >= "2000-01-01" && day <= "2100-12-31")));

/**
 * The router turns `?email=123` into a number; a piece of an address all the same. It is kept as
 * typed (the API lowercases it): rewriting the URL's value would rewrite the search box under the
 * person's fingers.
 */
const emailPart = orUnset(
  z.pipe(
    z.pipe(
      z.union([z.string(), z.pipe(z.number(), z.transform(String))]),
      z.string().check(z.trim(), z.maxLength(254)),
    ),
    z.transform((value) => value || undefined),
  ),
);

/**
 * The orders page's URL: `/orders?status=paid&from=2026-11-01&to=2026-11-30&email=ann`, so a
 * filtered view survives a visit to an order and can be shared. A bad value falls back to no filter.
 */
export const orderSearch = z.object({
  status: statuses,
  from: tradingDay,
  to: tradingDay,
  email: emailPart,
});
export type OrderSearch = z.output<typeof orderSearch>;

/** The API's words for a range that ends before it starts (adminOrderListInput's check). */
const DATE_RANGE_ERROR = "The start date must not be after the end date.";

/**
 * What is wrong with a range that ends before it starts, or null. Such a range is never sent: the
 * server would only refuse it. Days as `YYYY-MM-DD` compare as text.
 */
export function dateRangeError({ from, to }: Pick<OrderSearch, "from" | "to">): string | null {
  return from && to && from > to ? DATE_RANGE_ERROR : null;
}

export function isFiltered(search: OrderSearch): boolean {
  return Boolean(search.status || search.from || search.to || search.email);
}

/** What the table asks orders.adminList for: newest first, a page at a time. */
export function listInputOf(search: OrderSearch): RouterInputs["orders"]["adminList"] {
  return {
    status: search.status,
    from: search.from,
    to: search.to,
    email: search.email,
    limit: PAGE_SIZE,
  };
}
