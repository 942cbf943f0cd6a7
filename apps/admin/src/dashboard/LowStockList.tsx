import { useTRPC } from "@petshop/client/react";
import { SPECIES_LABELS } from "@petshop/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ListingLink } from "../animals/ListingLink";
import { TableScroller } from "../components/TableScroller";
import { LoadFailure } from "./LoadFailure";
import { Panel } from "./Panel";

/** Listings on sale with fewer units than this are running low. */
export const LOW_STOCK_BELOW = 3;
const SHOWN = 10;

/** Listings on sale that are running out, fewest units first, each linking to its edit page. */
export function LowStockList() {
  const trpc = useTRPC();
  const query = useQuery(trpc.reports.lowStock.queryOptions({ below: LOW_STOCK_BELOW, limit: SHOWN }));
  const page = query.data;
  return (
    <Panel
      title="Low stock"
      busy={query.isPending}
      aside={<p className="text-sm text-muted">On sale, fewer than {LOW_STOCK_BELOW} left</p>}
    >
      {query.isError && !page ? (
        <LoadFailure what="The low stock list" onRetry={() => query.refetch()} />
      ) : !page ? (
        <p role="status" className="min-h-24 text-sm text-muted">
          Loading the low stock list…
        </p>
      ) : page.items.length === 0 ? (
        <p className="text-sm text-muted">Nothing on sale is running low.</p>
      ) : (
        <TableScroller label="Low stock table">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              Listings on sale with fewer than {LOW_STOCK_BELOW} units, fewest first
            </caption>
            <thead className="text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-2 py-1">
                  Name
                </th>
                <th scope="col" className="px-2 py-1">
                  Species
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  Stock
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {page.items.map((animal) => (
                <tr key={animal.id}>
                  <td className="px-2 py-1.5 font-medium">
                    <ListingLink id={animal.id}>{animal.name}</ListingLink>
                  </td>
                  <td className="px-2 py-1.5">{SPECIES_LABELS[animal.species]}</td>
                  <td
                    className={`px-2 py-1.5 text-right tabular-nums ${animal.stock === 0 ? "font-semibold text-red-700" : ""}`}
                  >
                    {animal.stock === 0 ? "Sold out" : animal.stock}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {page ? (
        <p className="text-sm text-muted">
          {page.nextCursor ? `The ${SHOWN} with fewest units; more are running low. ` : null}
          {/* The inventory cannot filter by stock; its active listings are the nearest view. */}
          <Link to="/inventory" search={{ status: "active" }} className="text-brand-700 underline">
            Active listings in the inventory
          </Link>
        </p>
      ) : null}
    </Panel>
  );
}
