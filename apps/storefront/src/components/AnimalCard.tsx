import type { RouterOutputs } from "@petshop/client/react";
import { formatAge, formatPrice } from "@petshop/ui";
import { Link } from "@tanstack/react-router";
import { memo } from "react";
import { Availability } from "./Availability";
import { CardCartAction } from "./cart/CardCartAction";

export type AnimalCardData = RouterOutputs["animals"]["list"]["items"][number];

/**
 * One animal in the catalogue grid: picture and facts link to its page, and "Add to cart" sits
 * under them (a button cannot live inside a link). The picture comes after the facts in the
 * document and first on screen, so the link's accessible name starts with the animal's name.
 */
export const AnimalCard = memo(function AnimalCard({
  animal,
  eager = false,
}: {
  animal: AnimalCardData;
  eager?: boolean;
}) {
  const picture = animal.images[0];
  return (
    <div className="group flex h-full flex-col rounded-2xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      <Link to="/animals/$slug" params={{ slug: animal.slug }} className="flex flex-1 flex-col rounded-t-2xl">
        <div className="flex flex-1 flex-col gap-1 p-4 pb-3">
          <div className="flex items-start justify-between gap-2">
            <h2 className="text-base font-semibold text-ink group-hover:text-brand-700">{animal.name}</h2>
            <Availability stock={animal.stock} />
          </div>
          <p className="text-sm text-muted">
            {animal.breed} · {formatAge(animal.birthDate)}
          </p>
          <p className="mt-auto pt-2 text-lg font-semibold text-ink">
            {formatPrice(animal.priceMinor, animal.currency)}
            {animal.stock > 1 ? <span className="text-sm font-normal text-muted"> each</span> : null}
          </p>
        </div>
        <div className="order-first aspect-[4/3] overflow-hidden rounded-t-2xl bg-stone-100">
          {picture ? (
            <img
              src={picture.url}
              alt={picture.alt}
              width={800}
              height={600}
              // The first cards are what a phone shows first (the largest paint): never lazy.
              loading={eager ? "eager" : "lazy"}
              fetchPriority={eager ? "high" : "auto"}
              className="size-full object-cover transition group-hover:scale-[1.02]"
            />
          ) : null}
        </div>
      </Link>
      <div className="px-4 pb-4">
        <CardCartAction animal={animal} />
      </div>
    </div>
  );
});

/** The same footprint as a card, shown while a page loads so nothing jumps. */
export function AnimalCardSkeleton() {
  return (
    <div
      aria-hidden="true"
      className="flex h-full flex-col overflow-hidden rounded-2xl border border-stone-200 bg-white"
    >
      <div className="aspect-[4/3] animate-pulse bg-stone-200" />
      <div className="flex flex-col gap-2 p-4">
        <div className="h-5 w-2/3 animate-pulse rounded bg-stone-200" />
        <div className="h-4 w-1/2 animate-pulse rounded bg-stone-200" />
        <div className="mt-2 h-6 w-1/3 animate-pulse rounded bg-stone-200" />
        <div className="mt-2 h-9 animate-pulse rounded-lg bg-stone-200" />
      </div>
    </div>
  );
}
