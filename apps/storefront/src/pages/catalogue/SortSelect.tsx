import { ANIMAL_SORTS, type AnimalSort } from "@petshop/api/constants";

const SORT_LABELS: Record<AnimalSort, string> = {
  relevance: "Best match",
  newest: "Newest first",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
  name: "Name",
};

/** Best match ranks by the search words, so it is offered (first) only when there are some. */
const sortsFor = (searching: boolean): readonly AnimalSort[] =>
  searching
    ? ["relevance", ...ANIMAL_SORTS.filter((s) => s !== "relevance")]
    : ANIMAL_SORTS.filter((s) => s !== "relevance");

interface SortSelectProps {
  value: AnimalSort;
  searching: boolean;
  onChange: (sort: AnimalSort) => void;
}

export function SortSelect({ value, searching, onChange }: SortSelectProps) {
  const offered = sortsFor(searching);
  return (
    <label className="flex flex-col gap-2 text-sm font-medium text-ink">
      Sort by
      <select
        value={value}
        onChange={(event) => {
          const chosen = offered.find((sort) => sort === event.target.value);
          if (chosen) onChange(chosen);
        }}
        className="rounded-lg border border-stone-300 bg-white px-3 py-2 font-normal"
      >
        {offered.map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </select>
    </label>
  );
}
