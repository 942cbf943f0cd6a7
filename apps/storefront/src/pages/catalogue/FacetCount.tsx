import { formatCount } from "@petshop/ui";
import { animalCount } from "./animal-count";

/** The number beside a choice, read out as "12 animals" rather than a bare number. */
export function FacetCount({ count }: { count: number }) {
  return (
    <span className="text-xs tabular-nums text-muted">
      <span aria-hidden="true">{formatCount(count)}</span>
      <span className="sr-only">({animalCount(count)})</span>
    </span>
  );
}
