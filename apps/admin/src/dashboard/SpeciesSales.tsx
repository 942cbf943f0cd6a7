import { formatPrice } from "@petshop/ui";
import { TableScroller } from "../components/TableScroller";
import { LoadFailure } from "./LoadFailure";
import { Panel } from "./Panel";
import type { RangePreset } from "./range-presets";
import { RANGES } from "./sales-range";
import { rowName, salesSummary } from "./sales-words";
import type { SalesReportQuery } from "./useSalesReports";

const number = "px-2 py-1.5 text-right tabular-nums";
// Gross and refunds make way at phone width; net, the figure the bars show, always stays.
const wide = "hidden sm:table-cell";

/**
 * Sales per species over the same range, as a table whose rows carry a bar of their net: a chart
 * that is its own text alternative, and needs no charting code.
 */
export function SpeciesSales({ query, range }: { query: SalesReportQuery; range: RangePreset }) {
  const report = query.data;
  const updating = query.isPlaceholderData && query.isFetching;
  const most = Math.max(1, ...(report?.rows.map((row) => row.netMinor) ?? []));
  return (
    <Panel
      title="Sales by species"
      busy={query.isPending || updating}
      aside={<p className="text-sm text-muted">{RANGES[range].label}</p>}
    >
      {query.isError && !report ? (
        <LoadFailure what="The sales by species" onRetry={() => query.refetch()} />
      ) : !report ? (
        <p role="status" className="min-h-24 text-sm text-muted">
          Loading the sales by species…
        </p>
      ) : report.rows.length === 0 ? (
        <p className="text-sm text-muted">No sales in this range.</p>
      ) : (
        <TableScroller
          label="Sales by species table"
          className={`transition-opacity ${updating ? "opacity-60" : ""}`}
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{salesSummary(report)}</caption>
            <thead className="text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-2 py-1">
                  Species
                </th>
                <th scope="col" className={`${number} py-1`}>
                  Orders
                </th>
                <th scope="col" className={`${number} py-1`}>
                  Units
                </th>
                <th scope="col" className={`${number} ${wide} py-1`}>
                  Gross
                </th>
                <th scope="col" className={`${number} ${wide} py-1`}>
                  Refunds
                </th>
                <th scope="col" className={`${number} py-1`}>
                  Net
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {report.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className="w-2/5 px-2 py-1.5 font-normal">
                    <span className="block">{rowName(row.key, report.by)}</span>
                    {/* The bar repeats the net beside it, so it is hidden from screen readers. */}
                    <span aria-hidden="true" className="mt-1 block h-1.5 rounded-full bg-stone-100">
                      <span
                        className="block h-full rounded-full bg-brand-700"
                        style={{ width: `${(Math.max(0, row.netMinor) / most) * 100}%` }}
                      />
                    </span>
                  </th>
                  <td className={number}>{row.orders}</td>
                  <td className={number}>{row.units}</td>
                  <td className={`${number} ${wide}`}>{formatPrice(row.grossMinor, report.currency)}</td>
                  <td className={`${number} ${wide}`}>{formatPrice(row.refundsMinor, report.currency)}</td>
                  <td className={`${number} font-medium`}>{formatPrice(row.netMinor, report.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </Panel>
  );
}
