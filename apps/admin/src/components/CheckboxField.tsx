import { type ComponentProps, useId } from "react";

interface CheckboxFieldProps extends Omit<ComponentProps<"input">, "type"> {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A checkbox with its label beside it, and its hint and error tied to it like the fields above. */
export function CheckboxField({ label, error, hint, className = "", ...input }: CheckboxFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          className="size-4 rounded border-stone-300 accent-brand-700 disabled:cursor-not-allowed"
          {...input}
        />
        <label htmlFor={id} className={`text-sm font-medium ${input.disabled ? "text-muted" : ""}`}>
          {label}
        </label>
      </div>
      {hint ? (
        <p id={hintId} className="pl-6 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="pl-6 text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
