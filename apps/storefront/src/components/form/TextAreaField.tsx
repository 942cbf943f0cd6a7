import { type ComponentProps, useId } from "react";

interface TextAreaFieldProps extends ComponentProps<"textarea"> {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/**
 * A labelled textarea that looks and announces like @petshop/ui's TextField (which covers inputs
 * only); spread react-hook-form's `register(name)` into it the same way.
 */
export function TextAreaField({ label, error, hint, id, className = "", ...textarea }: TextAreaFieldProps) {
  const generatedId = useId();
  const fieldId = id ?? generatedId;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={fieldId} className="text-sm font-medium text-ink">
        {label}
      </label>
      <textarea
        id={fieldId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-ink shadow-xs transition placeholder:text-stone-400 hover:border-stone-400 aria-invalid:border-red-600"
        {...textarea}
      />
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
