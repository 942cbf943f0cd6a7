import { type RawBuilder, sql } from "kysely";

// What counts in a sales report, as SQL both report queries share (docs/decisions/011-reports.md).
// A sale is the moment an order became paid; a refund counts when it succeeded and gave back the
// money of a sale. Ranges are the shop's days turned into instants by the database.

/** A report's range and where its days are: the shop's days `from`..`to`, both included. */
export interface SalesWindow {
  from: string;
  to: string;
  timeZone: string;
  currency: string;
}

/** The instant the shop's day `from` begins and the one after its day `to` ends. */
function bounds(w: SalesWindow) {
  return {
    starts: sql`(${w.from}::date::timestamp at time zone ${w.timeZone})`,
    ends: sql`((${w.to}::date + 1)::timestamp at time zone ${w.timeZone})`,
  };
}

/** `e` (order_events) is an order becoming paid within the window, `o` its order in the currency. */
export function paidInWindow(w: SalesWindow): RawBuilder<boolean> {
  const { starts, ends } = bounds(w);
  // An order reaches paid at most once (ORDER_TRANSITIONS), so each such event is one sale.
  return sql<boolean>`e.to_status = 'paid' and e.created_at >= ${starts} and e.created_at < ${ends}
    and o.currency = ${w.currency}`;
}

/**
 * `r` (refunds) succeeded within the window, against `p` (payments) in the currency. Automatic
 * refunds of money the shop refused to keep (paid twice, or paid too late for animals already
 * sold; their payment's event says `refunding`) are left out: that money was never a sale.
 */
export function refundedInWindow(w: SalesWindow): RawBuilder<boolean> {
  const { starts, ends } = bounds(w);
  return sql<boolean>`r.status = 'succeeded' and r.created_at >= ${starts} and r.created_at < ${ends}
    and p.currency = ${w.currency}
    and not exists (select from payment_events pe where pe.payment_id = p.id and pe.outcome = 'refunding')`;
}

/** The shop's local time of `column`, for grouping by its days. */
export const localTime = (column: RawBuilder<unknown>, w: SalesWindow) =>
  sql`(${column} at time zone ${w.timeZone})`;

/** int8 as the drivers read it (a string), as a number: report sums stay far below 2^53. */
export const toCount = (value: string | number | null) => Number(value ?? 0);
