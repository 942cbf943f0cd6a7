import { useId } from "react";
import { RANGE_PRESETS, type RangePreset } from "./range-presets";
import { RANGES } from "./sales-range";

// The same segmented look as the inventory's status filter: native radios, so arrow keys, focus
// and the checked state come from the browser. Smaller at phone width, so the three fit one line.
const segment =
  "cursor-pointer whitespace-nowrap border-y border-r border-stone-300 bg-white px-2 py-2 text-xs first:rounded-l-md sm:px-3 sm:py-1.5 sm:text-sm first:border-l last:rounded-r-md hover:bg-stone-50 peer-checked:bg-brand-700 peer-checked:text-white peer-checked:hover:bg-brand-800 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600";

/** Which run of days the sales cover. */
export function RangePicker({
  value,
  onChange,
}: {
  value: RangePreset;
  onChange: (range: RangePreset) => void;
}) {
  const name = useId();
  return (
    <fieldset className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <legend className="sr-only">Sales range</legend>
      <div className="flex">
        {RANGE_PRESETS.map((preset) => (
          <label key={preset} className="flex">
            <input
              type="radio"
              name={name}
              className="peer sr-only"
              checked={value === preset}
              onChange={() => onChange(preset)}
            />
            <span className={segment}>{RANGES[preset].label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
