import { adminOrderListInput } from "@petshop/api/schemas";
import type { RouterInputs } from "@petshop/client/react";
import { ORDER_STATUSES } from "@petshop/db/constants";
import { z } from "zod";

export const PAGE_SIZE = 50;

const fields = adminOrderListInput.shape;
const orderStatus = fields.status.unwrap().element;

/**
 * `?status=paid&status=fulfilled` reaches us as an array, a lone `?status=paid` as a string (the
 * router's parser); both become the list in the state machine's order, without repeats, so one
 * choice of statuses has one URL. None ticked is no filter: every status.
 */
const statuses = z
  .union([orderStatus, z.array(orderStatus)])
  .transform((value) => {
    const chosen = new Set(Array.isArray(value) ? value : [value]);
    const list = ORDER_STATUSES.filter((status) => chosen.has(status));
    return list.length > 0 ? list : undefined;
  })
  .pipe(fields.status)
  .optional()
  .catch(undefined);

/**
 * The router turns `?email=123` into a number; a piece of an address all the same. It is kept as
 * typed (the API lowercases it): rewriting the URL's value would rewrite the search box under the
 * person's fingers.
 */
const emailPart = z
  .union([z.string(), z.number().transform(String)])
  .pipe(z.string().trim().max(254))
  .transform((value) => value || undefined)
  .optional()
  .catch(undefined);

/**
 * The orders page's URL: `/orders?status=paid&from=2026-11-01&to=2026-11-30&email=ann`, so a
 * filtered view survives a visit to an order and can be shared. A bad value falls back to no filter.
 */
export const orderSearch = z.object({
  status: statuses,
  from: fields.from.catch(undefined),
  to: fields.to.catch(undefined),
  email: emailPart,
});
export type OrderSearch = z.output<typeof orderSearch>;

/**
 * The API's own words for a range that ends before it starts (adminOrderListInput's check), or
 * null. Such a range is never sent: the server would only refuse it.
 */
export function dateRangeError({ from, to }: Pick<OrderSearch, "from" | "to">): string | null {
  const result = adminOrderListInput.safeParse({ from, to });
  if (result.success) return null;
  return result.error.issues.find((issue) => issue.path[0] === "to")?.message ?? null;
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
