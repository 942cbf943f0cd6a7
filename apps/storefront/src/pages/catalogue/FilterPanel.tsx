import type { RouterOutputs } from "@petshop/client/react";
import { ANIMAL_SEXES, SPECIES } from "@petshop/db/constants";
import { SEX_LABELS, SPECIES_LABELS } from "@petshop/ui";
import { AgeFilter } from "./AgeFilter";
import { CheckboxGroup, toggled } from "./CheckboxGroup";
import { ClearFiltersButton } from "./ClearFiltersButton";
import { PriceFilter } from "./PriceFilter";
import type { CatalogueSearch } from "./search";
import type { SearchUpdate } from "./useCatalogueSearch";

export type CatalogueFacets = RouterOutputs["animals"]["facets"];

interface FilterPanelProps {
  search: CatalogueSearch;
  /** Undefined until the first counts arrive (or when they could not be had: the filters still work). */
  facets: CatalogueFacets | undefined;
  onChange: (update: SearchUpdate) => void;
  onClear: () => void;
}

const SEX_OPTIONS = ANIMAL_SEXES.map((value) => ({ value, label: SEX_LABELS[value] }));

/** Every way to narrow the catalogue, each a native control with a visible label. */
export function FilterPanel({ search, facets, onChange, onClear }: FilterPanelProps) {
  // The API lists only species it has animals for; the rest are there to choose, with none.
  const speciesOptions = SPECIES.map((value) => ({
    value,
    label: SPECIES_LABELS[value],
    count: facets ? (facets.species.find((row) => row.species === value)?.count ?? 0) : undefined,
  }));

  return (
    <div className="flex flex-col gap-6 rounded-2xl border border-stone-200 bg-white p-4">
      <CheckboxGroup
        legend="Species"
        options={speciesOptions}
        selected={search.species}
        onToggle={(value, checked) =>
          onChange((prev) => ({ species: toggled(prev.species, value, checked) }))
        }
      />
      <PriceFilter value={search} bands={facets?.priceBands} onChange={onChange} />
      <AgeFilter value={search} onChange={onChange} />
      <CheckboxGroup
        legend="Sex"
        options={SEX_OPTIONS}
        selected={search.sex}
        onToggle={(value, checked) => onChange((prev) => ({ sex: toggled(prev.sex, value, checked) }))}
      />
      <label className="flex cursor-pointer items-center gap-2 text-sm font-semibold text-ink">
        <input
          type="checkbox"
          className="size-4 accent-brand-700"
          checked={search.inStock === true}
          onChange={(event) => onChange({ inStock: event.target.checked })}
        />
        In stock only
      </label>
      <div>
        <ClearFiltersButton onClear={onClear} />
      </div>
    </div>
  );
}
