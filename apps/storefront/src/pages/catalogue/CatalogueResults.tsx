import { useTRPC } from "@petshop/client/react";
import { BusyButton } from "@petshop/ui";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { AnimalCard, AnimalCardSkeleton } from "../../components/AnimalCard";
import { ErrorState } from "../../components/ErrorState";
import { useRevealInSteps } from "../../components/useRevealInSteps";
import { ClearFiltersButton } from "./ClearFiltersButton";
import { type CatalogueListInput, catalogueListQuery, EAGER_CARDS } from "./queries";

/** Cards per rendering task while the first page appears (useRevealInSteps). */
const CARDS_PER_TASK = 6;

const GRID = "grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3";

interface CatalogueResultsProps {
  input: CatalogueListInput;
  /** Whether the visitor narrowed the list, which changes what an empty result should say. */
  filtered: boolean;
  onClear: () => void;
}

/** The grid of animals for one set of filters, a page at a time. */
export function CatalogueResults({ input, filtered, onClear }: CatalogueResultsProps) {
  const grid = useRef<HTMLUListElement>(null);
  /** After "Show more": the first new animal, where focus (and reading, and tabbing) goes on. */
  const focusFrom = useRef<number | null>(null);
  const trpc = useTRPC();
  const catalogue = useInfiniteQuery(catalogueListQuery(trpc, input));
  const animals = catalogue.data?.pages.flatMap((page) => page.items) ?? [];
  const shown = animals.length;
  const rendered = useRevealInSteps(shown, CARDS_PER_TASK);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || shown <= from) return;
    focusFrom.current = null;
    grid.current?.children[from]?.querySelector("a")?.focus();
  }, [shown]);

  if (catalogue.isError && !catalogue.data) {
    return <ErrorState title="We could not load the animals." onRetry={() => catalogue.refetch()} />;
  }
  if (catalogue.isPending) {
    return (
      <ul aria-label="Loading animals" className={GRID}>
        {Array.from({ length: 6 }, (_, i) => (
          <li key={i}>
            <AnimalCardSkeleton />
          </li>
        ))}
      </ul>
    );
  }
  if (animals.length === 0) return <NoAnimals filtered={filtered} onClear={onClear} />;
  return (
    <div className="flex flex-col gap-6">
      <ul ref={grid} className={GRID}>
        {animals.slice(0, rendered).map((animal, index) => (
          <li key={animal.id}>
            <AnimalCard animal={animal} eager={index < EAGER_CARDS} />
          </li>
        ))}
      </ul>
      {catalogue.hasNextPage ? (
        <div className="flex justify-center">
          <BusyButton
            busy={catalogue.isFetchingNextPage}
            busyLabel="Loading…"
            onClick={() => {
              focusFrom.current = animals.length;
              void catalogue.fetchNextPage();
            }}
            className="rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          >
            Show more animals
          </BusyButton>
        </div>
      ) : null}
      {catalogue.isFetchNextPageError ? (
        <ErrorState title="We could not load more animals." onRetry={() => catalogue.fetchNextPage()} />
      ) : null}
    </div>
  );
}

function NoAnimals({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return (
    <div className="flex flex-col items-center gap-4 rounded-xl border border-dashed border-stone-300 bg-white p-10 text-center">
      {filtered ? (
        <>
          <div>
            <p className="font-medium text-ink">No animals match these filters.</p>
            <p className="mt-1 text-sm text-muted">Try fewer filters, or other search words.</p>
          </div>
          <ClearFiltersButton onClear={onClear} />
        </>
      ) : (
        <div>
          <p className="font-medium text-ink">No animals here right now.</p>
          <p className="mt-1 text-sm text-muted">New animals arrive every week.</p>
        </div>
      )}
    </div>
  );
}
