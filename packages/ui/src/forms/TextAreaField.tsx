import type { ComponentProps } from "react";
import { FieldFrame, type FieldProps, splitFieldProps } from "./FieldFrame";

type TextAreaFieldProps = FieldProps & Omit<ComponentProps<"textarea">, keyof FieldProps>;

/** A labelled textarea that looks and announces like TextField. */
export function TextAreaField(props: TextAreaFieldProps) {
  const [field, textarea] = splitFieldProps(props);
  return <FieldFrame {...field}>{(control) => <textarea {...control} {...textarea} />}</FieldFrame>;
}
