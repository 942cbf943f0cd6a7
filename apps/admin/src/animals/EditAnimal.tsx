import { useTRPC } from "@petshop/client/react";
import { formatPrice, SPECIES_LABELS } from "@petshop/ui";
import { useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { ListingDetails } from "./ListingDetails";
import { ListingPictures } from "./ListingPictures";
import type { StaffAnimal } from "./listing-form";
import { StatusActions } from "./StatusActions";
import { StatusBadge } from "./StatusBadge";
import { StockAdjustment } from "./StockAdjustment";

interface EditAnimalProps {
  /** The listing as cached now, kept current by every write made on this page. */
  animal: StaffAnimal;
}

/** One listing's page: its details form, status, stock and pictures. */
export function EditAnimal({ animal }: EditAnimalProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // What the details form was filled from. It moves on only when the form is refilled (a save or
  // a reload), or when a status, stock or picture change of ours was the one and only save since: then the
  // typed edits still sit on top of the latest version. Anyone else's save leaves it behind, so
  // the next save of the form is refused rather than overwriting theirs.
  const [form, setForm] = useState({ base: animal, generation: 0 });
  const refill = (next: StaffAnimal) => setForm((f) => ({ base: next, generation: f.generation + 1 }));
  // The pictures move along too: a save sends the base's pictures back, and must not undo ours.
  const followOwnChange = (changed: Pick<StaffAnimal, "version" | "images">) =>
    setForm((f) =>
      changed.version === f.base.version + 1
        ? { ...f, base: { ...f.base, version: changed.version, images: changed.images } }
        : f,
    );

  const reloadForm = async () => {
    // staleTime 0: whatever is cached is by definition older than what we were just told exists.
    const fresh = await queryClient.fetchQuery({
      ...trpc.animals.byId.queryOptions({ id: animal.id }),
      staleTime: 0,
    });
    refill(fresh);
  };

  return (
    <section aria-labelledby="listing-heading" className="flex flex-col gap-4">
      <div>
        <Link to="/inventory" className="text-sm text-brand-700 underline">
          Back to the inventory
        </Link>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 id="listing-heading" className="text-xl font-semibold">
            {animal.name}
          </h1>
          <StatusBadge status={animal.status} />
        </div>
        <p className="text-sm text-muted">
          {SPECIES_LABELS[animal.species]} · {animal.breed} ·{" "}
          {formatPrice(animal.priceMinor, animal.currency)} · <code>/animals/{animal.slug}</code>
        </p>
      </div>
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <ListingDetails
            base={form.base}
            generation={form.generation}
            onSaved={refill}
            onReload={reloadForm}
          />
        </div>
        <div className="flex flex-col gap-4">
          <StatusActions animal={animal} onChanged={followOwnChange} />
          <StockAdjustment animal={animal} onChanged={followOwnChange} />
          <ListingPictures animal={animal} onChanged={followOwnChange} />
        </div>
      </div>
    </section>
  );
}
