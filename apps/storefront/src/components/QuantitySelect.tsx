import { MAX_LINE_QUANTITY } from "@petshop/api/constants";
import { useId } from "react";

interface QuantitySelectProps {
  /** What the control is for, e.g. "Quantity"; `labelDetail` is added for screen readers only. */
  label: string;
  /** Tells one select from another in a list ("of Neon tetra"), without repeating it on screen. */
  labelDetail?: string;
  value: number;
  /** The most that can be chosen (what is available); never more than a cart line may hold. */
  max: number;
  onChange: (quantity: number) => void;
  disabled?: boolean;
}

/**
 * How many, from 1 to what is available: a native select, so every browser and screen reader knows
 * it. A value above `max` (a cart line wanting more than is left) is still shown as it is, but
 * cannot be chosen again.
 */
export function QuantitySelect({ label, labelDetail, value, max, onChange, disabled }: QuantitySelectProps) {
  const id = useId();
  const top = Math.min(max, MAX_LINE_QUANTITY);
  const choices = Array.from({ length: Math.max(top, 0) }, (_, i) => i + 1);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
        {labelDetail ? <span className="sr-only"> {labelDetail}</span> : null}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(Number(event.target.value))}
        className="min-w-20 rounded-lg border border-stone-300 bg-white px-3 py-2 text-ink hover:border-stone-400 disabled:opacity-60"
      >
        {choices.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
        {value > top ? (
          <option value={value} disabled>
            {value}
          </option>
        ) : null}
      </select>
    </div>
  );
}
