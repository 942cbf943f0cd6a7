import type { CatalogueSearch } from "./search";

type AgeRange = Pick<CatalogueSearch, "ageMinMonths" | "ageMaxMonths">;

/** The API counts whole months, inclusive on both ends: "under 3 months" is at most 2. */
const AGE_RANGES: readonly (AgeRange & { label: string })[] = [
  { label: "Any age", ageMinMonths: undefined, ageMaxMonths: undefined },
  { label: "Under 3 months", ageMinMonths: undefined, ageMaxMonths: 2 },
  { label: "3 to 12 months", ageMinMonths: 3, ageMaxMonths: 11 },
  { label: "A year or older", ageMinMonths: 12, ageMaxMonths: undefined },
];

interface AgeFilterProps {
  value: AgeRange;
  onChange: (range: AgeRange) => void;
}

/** Age as a few ranges a buyer thinks in; a hand-made range from a link matches none of them. */
export function AgeFilter({ value, onChange }: AgeFilterProps) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-semibold text-ink">Age</legend>
      {AGE_RANGES.map(({ label, ...range }) => (
        <label key={label} className="flex cursor-pointer items-center gap-2 text-sm text-ink">
          <input
            type="radio"
            name="age"
            className="size-4 accent-brand-700"
            checked={range.ageMinMonths === value.ageMinMonths && range.ageMaxMonths === value.ageMaxMonths}
            onChange={() => onChange(range)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
