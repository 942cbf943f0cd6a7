import { type ReactNode, useId } from "react";
import type { Density } from "../density";

const styles = {
  comfortable: {
    box: "gap-1.5",
    label: "text-sm font-medium text-ink",
    control: "rounded-lg px-3 py-2 text-base shadow-xs",
    note: "text-sm",
  },
  compact: {
    box: "gap-1",
    label: "text-sm font-medium",
    control: "rounded-md px-2.5 py-1.5 text-sm",
    note: "text-xs",
  },
} as const;

/** What a control inside the frame is given: the label's target, and its hint and error to announce. */
export interface ControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  className: string;
}

export interface FieldProps {
  label: string;
  /** Shown under the field and tied to it, so a screen reader reads it with the label. */
  error?: string | undefined;
  hint?: string | undefined;
  id?: string | undefined;
  className?: string | undefined;
  density?: Density | undefined;
}

/** Splits a field component's props into the frame's and the control's own. */
export function splitFieldProps<P extends FieldProps>({
  label,
  error,
  hint,
  id,
  className,
  density,
  ...control
}: P): [FieldProps, Omit<P, keyof FieldProps>] {
  return [{ label, error, hint, id, className, density }, control];
}

/**
 * A label, a control (an input, a textarea, a select) and its hint and error, tied together so
 * assistive technology announces them with the control; spread react-hook-form's `register(name)`
 * into the control.
 */
export function FieldFrame({
  label,
  error,
  hint,
  id,
  className = "",
  density = "comfortable",
  children,
}: FieldProps & { children: (control: ControlProps) => ReactNode }) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  const s = styles[density];
  return (
    <div className={`flex flex-col ${s.box} ${className}`}>
      <label htmlFor={controlId} className={s.label}>
        {label}
      </label>
      {children({
        id: controlId,
        ...(error ? { "aria-invalid": true } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        className: `w-full border border-stone-300 bg-white text-ink transition placeholder:text-stone-400 hover:border-stone-400 aria-invalid:border-red-600 ${s.control}`,
      })}
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
