import { formatPrice } from "@petshop/ui";
import { ListingLink } from "../animals/ListingLink";
import { TableScroller } from "../components/TableScroller";
import type { StaffOrder } from "./staff-order";

/** What was bought, at the prices fixed at checkout, and the order's total. */
export function OrderLines({ order }: { order: StaffOrder }) {
  const price = (minor: number) => formatPrice(minor, order.currency);
  return (
    <section aria-labelledby="lines-heading" className="rounded-lg border border-stone-200 bg-white">
      <h2 id="lines-heading" className="px-4 pt-3 text-base font-semibold">
        Animals
      </h2>
      <TableScroller label="Animals table">
        <table className="mt-2 w-full text-left text-sm">
          <thead className="bg-stone-50 text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-4 py-2">
                Animal
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                Unit price
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                Qty
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                Line total
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {order.lines.map((line) => (
              <tr key={line.animalId}>
                <td className="px-4 py-1.5">
                  {/* The name is as it was at checkout; the link opens the listing as it is now. */}
                  <ListingLink id={line.animalId}>{line.name}</ListingLink>
                </td>
                <td className="px-4 py-1.5 text-right tabular-nums">{price(line.unitPriceMinor)}</td>
                <td className="px-4 py-1.5 text-right tabular-nums">{line.quantity}</td>
                <td className="px-4 py-1.5 text-right tabular-nums">{price(line.lineTotalMinor)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-stone-200">
            <tr>
              <th scope="row" colSpan={3} className="px-4 py-2 text-right font-semibold">
                Total
              </th>
              <td className="px-4 py-2 text-right font-semibold tabular-nums">{price(order.totalMinor)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroller>
    </section>
  );
}
