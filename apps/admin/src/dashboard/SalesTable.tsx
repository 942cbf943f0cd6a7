import { formatPrice } from "@petshop/ui";
import { TableScroller } from "../components/TableScroller";
import { rowName, type SalesReport } from "./sales-words";

const cell = "px-2 py-1 text-right tabular-nums";

/** Every row of a sales report with its totals: the figures behind the chart. */
export function SalesTable({ report, caption }: { report: SalesReport; caption: string }) {
  const money = (minor: number) => formatPrice(minor, report.currency);
  return (
    <TableScroller label="Sales table">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-2 py-1">
              {report.by === "species" ? "Species" : "Period"}
            </th>
            <th scope="col" className={cell}>
              Orders
            </th>
            <th scope="col" className={cell}>
              Units
            </th>
            <th scope="col" className={cell}>
              Gross
            </th>
            <th scope="col" className={cell}>
              Refunds
            </th>
            <th scope="col" className={cell}>
              Net
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {report.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="whitespace-nowrap px-2 py-1 font-normal">
                {rowName(row.key, report.by)}
              </th>
              <td className={cell}>{row.orders}</td>
              <td className={cell}>{row.units}</td>
              <td className={cell}>{money(row.grossMinor)}</td>
              <td className={cell}>{money(row.refundsMinor)}</td>
              <td className={`${cell} font-medium`}>{money(row.netMinor)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-stone-300 font-semibold">
          <tr>
            <th scope="row" className="px-2 py-1">
              Total
            </th>
            <td className={cell}>{report.totals.orders}</td>
            <td className={cell}>{report.totals.units}</td>
            <td className={cell}>{money(report.totals.grossMinor)}</td>
            <td className={cell}>{money(report.totals.refundsMinor)}</td>
            <td className={cell}>{money(report.totals.netMinor)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroller>
  );
}
