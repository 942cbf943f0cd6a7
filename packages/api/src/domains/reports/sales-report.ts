import type { Database } from "@petshop/db";
import { SHOP_CURRENCY } from "@petshop/db/constants";
import type { Kysely } from "kysely";
import { DomainError } from "../../domain-error";
import { dayIn, sameDayYearsLater } from "./days";
import { type SalesCounts, salesByPeriod } from "./sales-by-period";
import { salesBySpecies } from "./sales-by-species";
import type { SalesGrouping, SalesReportInput } from "./schemas";

// The sales report: sales, units and refunds of the shop's currency over a run of the shop's days,
// grouped by period or species. What counts is decided in sales-sql.ts (decision 011); totals are
// the sums of the rows, so a table's footer always agrees with its lines.

export interface SalesRow {
  /** The period's first day (`YYYY-MM-DD`), or the species. */
  key: string;
  orders: number;
  units: number;
  grossMinor: number;
  refundsMinor: number;
  /** Gross less refunds; negative when a period refunded more than it sold. */
  netMinor: number;
}

export type SalesTotals = Omit<SalesRow, "key">;

export interface SalesReport {
  currency: string;
  timeZone: string;
  from: string;
  to: string;
  by: SalesGrouping;
  rows: SalesRow[];
  totals: SalesTotals;
}

const withNet = (row: SalesCounts): SalesRow => ({ ...row, netMinor: row.grossMinor - row.refundsMinor });

function totalOf(rows: SalesRow[]): SalesTotals {
  const totals: SalesTotals = { orders: 0, units: 0, grossMinor: 0, refundsMinor: 0, netMinor: 0 };
  for (const row of rows) {
    totals.orders += row.orders;
    totals.units += row.units;
    totals.grossMinor += row.grossMinor;
    totals.refundsMinor += row.refundsMinor;
    totals.netMinor += row.netMinor;
  }
  return totals;
}

/** Sales between the shop's days `from` and `to` (both included) in `timeZone`, as of `now`. */
export async function salesReport(
  db: Kysely<Database>,
  input: SalesReportInput,
  options: { timeZone: string; now: Date },
): Promise<SalesReport> {
  // The schema bounds days to a fixed window; only the clock knows how far ahead is too far.
  const latest = sameDayYearsLater(dayIn(options.timeZone, options.now), 1);
  if (input.to > latest) {
    throw new DomainError("BAD_REQUEST", `to cannot be more than a year from today (${latest}).`, {
      details: { reason: "out_of_range", field: "to" },
    });
  }
  const window = { from: input.from, to: input.to, timeZone: options.timeZone, currency: SHOP_CURRENCY };
  const counts =
    input.by === "species" ? await salesBySpecies(db, window) : await salesByPeriod(db, window, input.by);
  const rows = counts.map(withNet);
  return {
    currency: SHOP_CURRENCY,
    timeZone: options.timeZone,
    from: input.from,
    to: input.to,
    by: input.by,
    rows,
    totals: totalOf(rows),
  };
}
