import type { ComponentProps } from "react";
import { FieldFrame, type FieldProps, splitFieldProps } from "./FieldFrame";

type SelectFieldProps = FieldProps &
  Omit<ComponentProps<"select">, keyof FieldProps> & {
    options: readonly { value: string; label: string }[];
  };

/** A labelled select that looks and announces like TextField. */
export function SelectField(props: SelectFieldProps) {
  const [field, { options, ...select }] = splitFieldProps(props);
  return (
    <FieldFrame {...field}>
      {(control) => (
        <select {...control} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
