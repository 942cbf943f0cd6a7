import type { AnimalSort } from "@petshop/api/constants";
import { ANIMAL_STATUSES, type AnimalStatus, SPECIES, type Species } from "@petshop/db/constants";
import { SPECIES_LABELS } from "@petshop/ui";
import { SelectField } from "@petshop/ui/forms";
import { useId } from "react";
import { STATUS_LABELS } from "../animals/StatusBadge";
import { SearchField } from "../lists/SearchField";
import type { SearchBox } from "../lists/useSearchBox";

const SORT_LABELS: Record<AnimalSort, string> = {
  relevance: "Best match",
  newest: "Newest first",
  name: "Name",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
};

/** The menu's order; best match first because it is only offered while searching. */
const SORT_ORDER: readonly AnimalSort[] = ["relevance", "newest", "name", "price_asc", "price_desc"];

const SPECIES_OPTIONS = [
  { value: "", label: "All species" },
  ...SPECIES.map((value) => ({ value, label: SPECIES_LABELS[value] })),
];

const STATUS_OPTIONS: { value: AnimalStatus | undefined; label: string }[] = [
  { value: undefined, label: "All" },
  ...ANIMAL_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
];

const segment =
  "cursor-pointer border-y border-r border-stone-300 bg-white px-3 py-1.5 text-sm first:rounded-l-md first:border-l last:rounded-r-md peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-brand-600";

interface InventoryFiltersProps {
  status: AnimalStatus | undefined;
  onStatusChange: (status: AnimalStatus | undefined) => void;
  /** The words to find, typed in the toolbar and carried to the URL. */
  search: SearchBox;
  sort: AnimalSort;
  /** Best match only means something for words to match, so it is offered only during a search. */
  searching: boolean;
  onSortChange: (sort: AnimalSort) => void;
  species: Species | undefined;
  onSpeciesChange: (species: Species | undefined) => void;
}

/** The inventory's toolbar: status, words, species and order, all in one dense row. */
export function InventoryFilters(props: InventoryFiltersProps) {
  const id = useId();
  const sorts = SORT_ORDER.filter((s) => props.searching || s !== "relevance");

  return (
    <div className="flex flex-wrap items-end gap-3">
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Status</legend>
        <div className="flex">
          {STATUS_OPTIONS.map((option) => (
            <label key={option.value ?? "all"} className="flex">
              <input
                type="radio"
                name={`${id}-status`}
                className="peer sr-only"
                checked={props.status === option.value}
                onChange={() => props.onStatusChange(option.value)}
              />
              <span className={segment}>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <SearchField
        box={props.search}
        label="Search"
        maxLength={100}
        placeholder="Name, breed or description"
      />
      <SelectField
        density="compact"
        label="Species"
        options={SPECIES_OPTIONS}
        value={props.species ?? ""}
        onChange={(event) => props.onSpeciesChange(SPECIES.find((s) => s === event.target.value))}
      />
      <SelectField
        density="compact"
        label="Sort by"
        options={sorts.map((value) => ({ value, label: SORT_LABELS[value] }))}
        value={props.sort}
        onChange={(event) => {
          const chosen = sorts.find((s) => s === event.target.value);
          if (chosen) props.onSortChange(chosen);
        }}
      />
    </div>
  );
}
