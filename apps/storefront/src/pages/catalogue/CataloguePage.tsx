import { useTRPC } from "@petshop/client/react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { activeFilterCount, effectiveSort, hasFilters, toApiFilters } from "./api-input";
import { CatalogueHeading } from "./CatalogueHeading";
import { CatalogueResults } from "./CatalogueResults";
import { FilterPanel } from "./FilterPanel";
import { catalogueQueries } from "./queries";
import { SearchBox } from "./SearchBox";
import { SortSelect } from "./SortSelect";
import { useCatalogueSearch } from "./useCatalogueSearch";

/** Every animal on sale: searched, filtered, counted and sorted, a page at a time. */
export function CataloguePage() {
  const { search, update, setSearchWords, clear } = useCatalogueSearch();
  const filters = toApiFilters(search);
  const sort = effectiveSort(search);
  const trpc = useTRPC();
  // The previous counts stay while new ones load, so the panel and the heading do not flicker.
  const facets = useQuery({ ...catalogueQueries(trpc, search).facets, placeholderData: keepPreviousData });
  const [panelOpen, setPanelOpen] = useState(false);
  const panelId = useId();
  const active = activeFilterCount(search);

  return (
    <div className="flex flex-col gap-6">
      <CatalogueHeading species={search.species} total={facets.data?.total} />

      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <SearchBox value={search.q} onSearch={setSearchWords} />
        <div className="flex items-end gap-3">
          {/* Phones get the panel behind a button; from lg it is a sidebar, always open. */}
          <button
            type="button"
            aria-expanded={panelOpen}
            aria-controls={panelId}
            onClick={() => setPanelOpen((open) => !open)}
            className="flex-1 rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-ink lg:hidden"
          >
            Filters{active ? ` (${active})` : ""}
          </button>
          <SortSelect
            value={sort}
            searching={search.q !== undefined}
            // The default sort stays out of the URL, so links stay short and Best match can follow q.
            onChange={(chosen) =>
              update({ sort: chosen === effectiveSort({ q: search.q }) ? undefined : chosen })
            }
          />
        </div>
      </div>

      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:items-start lg:gap-8">
        <section id={panelId} aria-label="Filters" className={panelOpen ? "" : "hidden lg:block"}>
          <FilterPanel search={search} facets={facets.data} onChange={update} onClear={clear} />
        </section>
        <CatalogueResults input={{ ...filters, sort }} filtered={hasFilters(search)} onClear={clear} />
      </div>
    </div>
  );
}
