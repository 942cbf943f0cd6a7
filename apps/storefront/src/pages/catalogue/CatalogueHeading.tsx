import type { Species } from "@petshop/db/constants";
import { SPECIES_LABELS } from "@petshop/ui";
import { animalCount } from "./animal-count";

interface CatalogueHeadingProps {
  species: readonly Species[] | undefined;
  /** How many animals match; undefined until the first count arrives. */
  total: number | undefined;
}

/** The page's title (a species when only one is chosen) and how many animals match. */
export function CatalogueHeading({ species, total }: CatalogueHeadingProps) {
  const only = species?.length === 1 ? species[0] : undefined;
  return (
    <div>
      <h1 className="flex flex-wrap items-baseline gap-x-3 text-2xl font-bold tracking-tight text-ink sm:text-3xl">
        {only ? SPECIES_LABELS[only] : "Our animals"}{" "}
        {/* A fixed minimum width keeps the title still while the first count loads. */}
        <span data-not-in-title className="min-w-24 text-base font-medium text-muted sm:text-lg">
          {total === undefined ? (
            <span aria-hidden="true" className="inline-block h-4 w-24 animate-pulse rounded bg-stone-200" />
          ) : (
            animalCount(total)
          )}
        </span>
      </h1>
      <p className="mt-1 text-muted">Meet the pets looking for a home. Every one is vet-checked.</p>
      {/* Said once the count settles, so a screen reader hears what a filter did. */}
      <p className="sr-only" aria-live="polite">
        {total === undefined ? "" : `${animalCount(total)} found`}
      </p>
    </div>
  );
}
