import { FacetCount } from "./FacetCount";

export interface CheckboxOption<T extends string> {
  value: T;
  label: string;
  /** How many animals match this choice under the other filters; left out while unknown. */
  count?: number;
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly CheckboxOption<T>[];
  selected: readonly T[] | undefined;
  onToggle: (value: T, checked: boolean) => void;
}

/**
 * The list with one value ticked or unticked. Applied to the URL's latest list rather than the one
 * on screen, so two quick clicks both count.
 */
export function toggled<T>(list: readonly T[] | undefined, value: T, checked: boolean): T[] {
  const rest = (list ?? []).filter((item) => item !== value);
  return checked ? [...rest, value] : rest;
}

/** Any number of values from a short list, as native checkboxes with their counts. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected = [],
  onToggle,
}: CheckboxGroupProps<T>) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-semibold text-ink">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex cursor-pointer items-center gap-2 text-sm text-ink">
          <input
            type="checkbox"
            className="size-4 accent-brand-700"
            checked={selected.includes(option.value)}
            onChange={(event) => onToggle(option.value, event.target.checked)}
          />
          <span className="flex-1">{option.label}</span>
          {option.count === undefined ? null : <FacetCount count={option.count} />}
        </label>
      ))}
    </fieldset>
  );
}
