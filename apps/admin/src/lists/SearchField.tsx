import { TextField } from "@petshop/ui/forms";
import type { ComponentProps } from "react";
import type { SearchBox } from "./useSearchBox";

type SearchFieldProps = Omit<ComponentProps<typeof TextField>, "type" | "value" | "onChange" | "density"> & {
  box: SearchBox;
};

/** A list's search words, shown from and typed into `box` (useSearchBox), which puts them in the URL. */
export function SearchField({ box, ...field }: SearchFieldProps) {
  return (
    <TextField
      density="compact"
      type="search"
      autoComplete="off"
      className="w-64"
      {...field}
      value={box.text}
      onChange={(event) => box.setText(event.target.value)}
    />
  );
}
