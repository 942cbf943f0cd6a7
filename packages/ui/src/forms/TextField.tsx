import { type ComponentProps, useId } from "react";

interface TextFieldProps extends ComponentProps<"input"> {
  label: string;
  /** Shown under the field and tied to it, so a screen reader reads it with the label. */
  error?: string | undefined;
  hint?: string | undefined;
  /** "comfortable" for the shop's customers, "compact" for the dense staff app. */
  density?: "comfortable" | "compact";
}

const styles = {
  comfortable: {
    box: "gap-1.5",
    label: "text-sm font-medium text-ink",
    input: "rounded-lg px-3 py-2 text-base shadow-xs",
    note: "text-sm",
  },
  compact: {
    box: "gap-1",
    label: "text-sm font-medium",
    input: "rounded-md px-2.5 py-1.5 text-sm",
    note: "text-xs",
  },
} as const;

/** A labelled input with its hint and error; spread react-hook-form's `register(name)` into it. */
export function TextField({
  label,
  error,
  hint,
  id,
  className = "",
  density = "comfortable",
  ...input
}: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  const s = styles[density];
  return (
    <div className={`flex flex-col ${s.box} ${className}`}>
      <label htmlFor={inputId} className={s.label}>
        {label}
      </label>
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`w-full border border-stone-300 bg-white text-ink transition placeholder:text-stone-400 hover:border-stone-400 aria-invalid:border-red-600 ${s.input}`}
        {...input}
      />
      {hint ? (
        <p id={hintId} className={`${s.note} text-muted`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className={`${s.note} font-medium text-red-700`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
