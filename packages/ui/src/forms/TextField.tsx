import type { ComponentProps } from "react";
import { FieldFrame, type FieldProps, splitFieldProps } from "./FieldFrame";

type TextFieldProps = FieldProps & Omit<ComponentProps<"input">, keyof FieldProps>;

/** A labelled input with its hint and error; spread react-hook-form's `register(name)` into it. */
export function TextField(props: TextFieldProps) {
  const [field, input] = splitFieldProps(props);
  return <FieldFrame {...field}>{(control) => <input {...control} {...input} />}</FieldFrame>;
}
