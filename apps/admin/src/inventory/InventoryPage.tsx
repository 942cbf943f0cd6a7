import { useTRPC } from "@petshop/client/react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { button } from "../components/buttons";
import { ListPage, ListToolbar } from "../lists/ListPage";
import { ListTable } from "../lists/ListTable";
import { LoadMoreButton } from "../lists/LoadMoreButton";
import { PAGED_LIST, rowsOf } from "../lists/paged-list";
import { ResultCount } from "../lists/ResultCount";
import { useSearchBox } from "../lists/useSearchBox";
import { useUrlFilters } from "../lists/useUrlFilters";
import { InventoryFilters } from "./InventoryFilters";
import { INVENTORY_COLUMNS, InventoryRow } from "./InventoryRow";
import { listInputOf, sortOf } from "./inventory-search";

const route = getRouteApi("/inventory");

/** Every listing, in any status: found by words, narrowed, sorted, and a page at a time. */
export function InventoryPage() {
  const trpc = useTRPC();
  const { search, update } = useUrlFilters(route.useSearch(), route.useNavigate());
  // A new search starts at best match (sort: undefined); its words are dropped when emptied.
  const box = useSearchBox(search.q ?? "", (term) => update({ q: term || undefined, sort: undefined }));
  const inventory = useInfiniteQuery(trpc.animals.list.infiniteQueryOptions(listInputOf(search), PAGED_LIST));
  const animals = rowsOf(inventory.data);
  const filtered = Boolean(search.status || search.q || search.species);

  return (
    <ListPage
      title="Inventory"
      action={
        <Link to="/animals/new" className={button.primary}>
          New listing
        </Link>
      }
    >
      <ListToolbar summary={<ResultCount query={inventory} typing={box.pending} noun="listings" />}>
        <InventoryFilters
          status={search.status}
          onStatusChange={(status) => update({ status })}
          search={box}
          sort={sortOf(search)}
          searching={Boolean(search.q)}
          onSortChange={(sort) => update({ sort })}
          species={search.species}
          onSpeciesChange={(species) => update({ species })}
        />
      </ListToolbar>
      <ListTable
        caption="Listings"
        columns={INVENTORY_COLUMNS}
        query={inventory}
        rows={animals}
        row={(animal) => <InventoryRow key={animal.id} animal={animal} />}
        loading="Loading listings…"
        empty={filtered ? "No listing matches these filters." : "There are no listings yet."}
        failed="The listings could not be loaded."
      />
      <LoadMoreButton query={inventory} />
    </ListPage>
  );
}
