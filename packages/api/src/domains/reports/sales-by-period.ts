import type { Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";
import { localTime, paidInWindow, refundedInWindow, type SalesWindow, toCount } from "./sales-sql";

// Sales by the shop's days, ISO weeks (from Monday) or months, in one query: one fact per sale (its
// order's total and units) and per refund, added up by period, then laid on every period of the
// range (generate_series), so a chart's axis has no gaps. A period's key is its first day, which for
// the first week or month may fall before the range's first day.

/** A report row before net and totals are worked out. */
export interface SalesCounts {
  key: string;
  orders: number;
  units: number;
  grossMinor: number;
  refundsMinor: number;
}

interface PeriodRow {
  key: string;
  orders: string;
  units: string;
  grossMinor: string;
  refundsMinor: string;
}

/** One row per day, week or month of the window, zero-filled. */
export async function salesByPeriod(
  db: Kysely<Database>,
  w: SalesWindow,
  period: "day" | "week" | "month",
): Promise<SalesCounts[]> {
  // Literals, not parameters: the same expression must appear in a query and its GROUP BY.
  const unit = sql.lit(period);
  const step = sql.lit(`1 ${period}`);
  const { rows } = await sql<PeriodRow>`
    with periods as (
      select p::date as key
      from generate_series(date_trunc(${unit}, ${w.from}::date::timestamp), ${w.to}::date::timestamp,
        ${step}::interval) as p
    ),
    sales as (
      select date_trunc(${unit}, ${localTime(sql`e.created_at`, w)})::date as key,
        o.total_minor, sum(l.quantity) as units
      from order_events e
      join orders o on o.id = e.order_id
      join order_lines l on l.order_id = o.id
      where ${paidInWindow(w)}
      group by o.id, 1
    ),
    facts as (
      select key, 1 as orders, units, total_minor as gross_minor, 0 as refunds_minor from sales
      union all
      select date_trunc(${unit}, ${localTime(sql`r.created_at`, w)})::date, 0, 0, 0, r.amount_minor
      from refunds r
      join payments p on p.id = r.payment_id
      where ${refundedInWindow(w)}
    ),
    totals as (
      select key, sum(orders) as orders, sum(units) as units, sum(gross_minor) as gross_minor,
        sum(refunds_minor) as refunds_minor
      from facts
      group by key
    )
    select periods.key::text as key,
      coalesce(totals.orders, 0) as orders,
      coalesce(totals.units, 0)::bigint as units,
      coalesce(totals.gross_minor, 0) as gross_minor,
      coalesce(totals.refunds_minor, 0) as refunds_minor
    from periods
    left join totals on totals.key = periods.key
    order by periods.key`.execute(db);
  return rows.map((row) => ({
    key: row.key,
    orders: toCount(row.orders),
    units: toCount(row.units),
    grossMinor: toCount(row.grossMinor),
    refundsMinor: toCount(row.refundsMinor),
  }));
}
