import type { Database } from "@petshop/db";
import { type Kysely, sql } from "kysely";
import type { SalesCounts } from "./sales-by-period";
import { paidInWindow, refundedInWindow, type SalesWindow, toCount } from "./sales-sql";

// Sales by species, in one query. Gross comes from the order lines (unit price × quantity, species
// of the animal); an order with two species counts once in each species' `orders`. A refund is
// shared among its order's lines in proportion to their value by cumulative rounding: in animal-id
// order, line i gets floor(R·Cᵢ/V) − floor(R·Cᵢ₋₁/V), where Cᵢ is the running line value and V the
// order's value (bigint division truncates, which for these non-negative values is floor). Each
// share is within one cent of the exact proportion and the shares add up to R, so the species'
// refunds add up to the refunds of the period report.

interface SpeciesRow {
  key: string;
  orders: string;
  units: string;
  grossMinor: string;
  refundsMinor: string;
}

/** One row per species with a sale or a refund in the window, by net descending, then species. */
export async function salesBySpecies(db: Kysely<Database>, w: SalesWindow): Promise<SalesCounts[]> {
  const { rows } = await sql<SpeciesRow>`
    with sold as (
      select a.species as key, count(distinct o.id) as orders, sum(l.quantity) as units,
        sum(l.unit_price_minor::bigint * l.quantity)::bigint as gross_minor
      from order_events e
      join orders o on o.id = e.order_id
      join order_lines l on l.order_id = o.id
      join animals a on a.id = l.animal_id
      where ${paidInWindow(w)}
      group by a.species
    ),
    refund_lines as (
      select r.id, r.amount_minor::bigint as amount, l.animal_id, l.value,
        (sum(l.value) over (partition by r.id order by l.animal_id))::bigint as running,
        (sum(l.value) over (partition by r.id))::bigint as whole
      from refunds r
      join payments p on p.id = r.payment_id
      cross join lateral (
        select animal_id, unit_price_minor::bigint * quantity as value
        from order_lines where order_id = p.order_id
      ) l
      where ${refundedInWindow(w)}
    ),
    shares as (
      select a.species as key,
        amount * running / nullif(whole, 0) - amount * (running - value) / nullif(whole, 0) as share
      from refund_lines
      join animals a on a.id = refund_lines.animal_id
    ),
    refunded as (
      select key, sum(share)::bigint as refunds_minor from shares group by key
    )
    select coalesce(sold.key, refunded.key) as key,
      coalesce(sold.orders, 0) as orders,
      coalesce(sold.units, 0) as units,
      coalesce(sold.gross_minor, 0) as gross_minor,
      coalesce(refunded.refunds_minor, 0) as refunds_minor
    from sold
    full join refunded on refunded.key = sold.key
    order by coalesce(sold.gross_minor, 0) - coalesce(refunded.refunds_minor, 0) desc,
      coalesce(sold.key, refunded.key)`.execute(db);
  return rows.map((row) => ({
    key: row.key,
    orders: toCount(row.orders),
    units: toCount(row.units),
    grossMinor: toCount(row.grossMinor),
    refundsMinor: toCount(row.refundsMinor),
  }));
}
