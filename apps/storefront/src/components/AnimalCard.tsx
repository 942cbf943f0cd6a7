import type { RouterOutputs } from "@petshop/client/react";
import { formatAge, formatPrice } from "@petshop/ui";
import { Link } from "@tanstack/react-router";
import { Availability } from "./Availability";

export type AnimalCardData = RouterOutputs["animals"]["list"]["items"][number];

/** One animal in the catalogue grid; the whole card links to its page. */
export function AnimalCard({ animal }: { animal: AnimalCardData }) {
  const picture = animal.images[0];
  return (
    <Link
      to="/animals/$slug"
      params={{ slug: animal.slug }}
      className="group flex h-full flex-col overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md"
    >
      <div className="aspect-[4/3] bg-stone-100">
        {picture ? (
          <img
            src={picture.url}
            alt={picture.alt}
            width={800}
            height={600}
            loading="lazy"
            className="size-full object-cover transition group-hover:scale-[1.02]"
          />
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-4">
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
    </Link>
  );
}

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
      </div>
    </div>
  );
}
