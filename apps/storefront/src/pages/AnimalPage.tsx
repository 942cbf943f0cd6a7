import { type RouterOutputs, useTRPC } from "@petshop/client/react";
import { formatAge, formatPrice, SEX_LABELS, SPECIES_LABELS } from "@petshop/ui";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { Availability } from "../components/Availability";
import { AddToCartPanel } from "../components/cart/AddToCartPanel";
import { ErrorState } from "../components/ErrorState";
import { animalQuery, isNotFound } from "./animal-query";
import { NotFoundPage } from "./NotFoundPage";

type AnimalDetail = RouterOutputs["animals"]["bySlug"];

const route = getRouteApi("/animals/$slug");

/** One animal: its pictures, facts, price and whether it can still be had. */
export function AnimalPage() {
  const { slug } = route.useParams();
  const trpc = useTRPC();
  const animal = useQuery(animalQuery(trpc, slug));

  if (animal.isPending) return <AnimalSkeleton />;
  if (animal.isError) {
    return isNotFound(animal.error) ? (
      <NotFoundPage what="animal" />
    ) : (
      <ErrorState title="We could not load this animal." onRetry={() => animal.refetch()} />
    );
  }
  return <AnimalDetails animal={animal.data} />;
}

function Gallery({ images }: { images: AnimalDetail["images"] }) {
  const [selected, setSelected] = useState(0);
  const current = images[selected] ?? images[0];
  if (!current) return <div className="aspect-[4/3] rounded-2xl bg-stone-200" />;
  return (
    <div className="flex flex-col gap-3">
      <img
        src={current.url}
        alt={current.alt}
        width={800}
        height={600}
        className="aspect-[4/3] w-full rounded-2xl border border-stone-200 bg-stone-100 object-cover"
      />
      {images.length > 1 ? (
        <ul className="flex gap-2" aria-label="More pictures">
          {images.map((image, index) => (
            <li key={image.url}>
              <button
                type="button"
                onClick={() => setSelected(index)}
                aria-pressed={index === selected}
                aria-label={`Show picture ${index + 1} of ${images.length}`}
                className="overflow-hidden rounded-lg border-2 border-transparent aria-pressed:border-brand-700"
              >
                <img src={image.url} alt="" width={96} height={72} className="h-[72px] w-24 object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function AnimalDetails({ animal }: { animal: AnimalDetail }) {
  const facts: [string, string][] = [
    ["Species", SPECIES_LABELS[animal.species]],
    ["Breed", animal.breed],
    ["Sex", SEX_LABELS[animal.sex]],
    ["Age", formatAge(animal.birthDate)],
    [
      "Born",
      new Date(`${animal.birthDate}T00:00:00Z`).toLocaleDateString("en-IE", {
        dateStyle: "long",
        timeZone: "UTC",
      }),
    ],
  ];
  return (
    <article className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link to="/" search={{}} className="hover:text-brand-700 hover:underline">
          All animals
        </Link>
        <span aria-hidden="true"> / </span>
        <Link to="/" search={{ species: animal.species }} className="hover:text-brand-700 hover:underline">
          {SPECIES_LABELS[animal.species]}
        </Link>
      </nav>
      <div className="grid gap-8 md:grid-cols-2">
        <Gallery images={animal.images} />
        <div className="flex flex-col gap-4">
          <div>
            <h1 className="text-3xl font-bold tracking-tight text-ink">{animal.name}</h1>
            <p className="mt-1 text-lg text-muted">{animal.breed}</p>
          </div>
          <div className="flex items-center gap-3">
            <p className="text-2xl font-semibold text-ink">
              {formatPrice(animal.priceMinor, animal.currency)}
              {animal.stock > 1 ? <span className="text-base font-normal text-muted"> each</span> : null}
            </p>
            <Availability stock={animal.stock} />
          </div>
          <AddToCartPanel animal={animal} />
          {animal.stock > 0 ? null : (
            <p className="rounded-lg bg-stone-100 p-3 text-sm text-ink">
              This one has found a home. Ask us about the next litter or similar animals.
            </p>
          )}
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-xl border border-stone-200 bg-white p-4 text-sm">
            {facts.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="font-medium text-muted">{term}</dt>
                <dd className="text-ink">{value}</dd>
              </div>
            ))}
          </dl>
          {animal.description ? <p className="leading-relaxed text-ink">{animal.description}</p> : null}
        </div>
      </div>
    </article>
  );
}

function AnimalSkeleton() {
  return (
    <section aria-busy="true" aria-label="Loading animal" className="grid gap-8 md:grid-cols-2">
      <div className="aspect-[4/3] animate-pulse rounded-2xl bg-stone-200" />
      <div className="flex flex-col gap-3">
        <div className="h-9 w-1/2 animate-pulse rounded bg-stone-200" />
        <div className="h-6 w-1/3 animate-pulse rounded bg-stone-200" />
        <div className="h-8 w-1/4 animate-pulse rounded bg-stone-200" />
        <div className="h-40 animate-pulse rounded-xl bg-stone-200" />
      </div>
    </section>
  );
}
