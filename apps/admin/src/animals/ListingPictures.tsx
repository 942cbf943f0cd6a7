import { useTRPC } from "@petshop/client/react";
import { ConfirmDialog } from "@petshop/ui/dialogs";
import { apiErrorMessage, hasErrorCode } from "@petshop/ui/forms";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { button } from "../components/buttons";
import type { StaffAnimal } from "./listing-form";
import { PictureUpload } from "./PictureUpload";
import { useStoreListing } from "./useListingCache";

type Picture = StaffAnimal["images"][number];

interface ListingPicturesProps {
  animal: StaffAnimal;
  /** Every change of ours, so the details form saves on top of it instead of undoing it. */
  onChanged: (changed: Pick<StaffAnimal, "version" | "images">) => void;
}

/** The listing's pictures: the first is the primary one (the shop card's); add, reorder, remove. */
export function ListingPictures({ animal, onChanged }: ListingPicturesProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const storeListing = useStoreListing();
  const [removing, setRemoving] = useState<Picture | null>(null);

  const changed = (listing: StaffAnimal) => {
    storeListing(listing);
    onChanged(listing);
  };
  const refreshIfGone = (error: unknown) => {
    // Someone else removed the picture (or the listing) meanwhile: show what is there now.
    if (hasErrorCode(error, "NOT_FOUND")) {
      void queryClient.invalidateQueries({ queryKey: trpc.animals.byId.queryKey({ id: animal.id }) });
    }
  };
  const setPrimary = useMutation(
    trpc.animals.setPrimaryImage.mutationOptions({ onSuccess: changed, onError: refreshIfGone }),
  );
  const remove = useMutation(
    trpc.animals.removeImage.mutationOptions({ onSuccess: changed, onError: refreshIfGone }),
  );
  // One picture change at a time: each one reorders or shortens the list the others point into.
  const busy = setPrimary.isPending || remove.isPending;
  const failed = setPrimary.isError ? setPrimary.error : remove.isError ? remove.error : null;

  const makePrimary = (picture: Picture) => {
    remove.reset();
    setPrimary.reset();
    setPrimary.mutate({ id: animal.id, url: picture.url });
  };
  const confirmRemove = (picture: Picture) => {
    setRemoving(null);
    setPrimary.reset();
    remove.reset();
    remove.mutate({ id: animal.id, url: picture.url });
  };

  return (
    <section aria-labelledby="pictures-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="pictures-heading" className="text-base font-semibold">
        Pictures
      </h2>
      {animal.images.length === 0 ? (
        <p className="text-sm text-muted">
          This listing has no pictures yet. The first one is the shop card's picture.
        </p>
      ) : (
        <ul className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-2">
          {animal.images.map((picture, index) => (
            <PictureItem
              key={picture.url}
              picture={picture}
              primary={index === 0}
              busy={busy}
              onMakePrimary={() => makePrimary(picture)}
              onRemove={() => setRemoving(picture)}
            />
          ))}
        </ul>
      )}
      {failed ? (
        <p role="alert" className="mt-2 text-xs font-medium text-red-700">
          {apiErrorMessage(failed)}
        </p>
      ) : null}
      <PictureUpload animalId={animal.id} onUploaded={onChanged} />
      {removing ? (
        <ConfirmDialog
          density="compact"
          title="Remove picture?"
          confirmLabel="Remove picture"
          onConfirm={() => confirmRemove(removing)}
          onDismiss={() => setRemoving(null)}
        >
          <img
            src={removing.url}
            alt={removing.alt}
            className="mb-2 aspect-square w-24 rounded border border-stone-200 object-cover"
          />
          <p>
            It disappears from the shop at once, and an uploaded file is deleted for good.
            {removing.url === animal.images[0]?.url && animal.images.length > 1
              ? " The next picture becomes the primary one."
              : null}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

interface PictureItemProps {
  picture: Picture;
  primary: boolean;
  busy: boolean;
  onMakePrimary: () => void;
  onRemove: () => void;
}

function PictureItem({ picture, primary, busy, onMakePrimary, onRemove }: PictureItemProps) {
  const captionId = useId();
  return (
    <li className="flex flex-col gap-1">
      <img
        src={picture.url}
        alt={picture.alt}
        loading="lazy"
        className="aspect-square w-full rounded border border-stone-200 object-cover"
      />
      <span id={captionId} className="truncate text-xs text-muted" title={picture.alt || picture.url}>
        {picture.alt || "No description"}
      </span>
      <div className="flex flex-wrap items-center gap-1">
        {primary ? (
          <span className="rounded bg-brand-700 px-1.5 py-0.5 text-xs font-medium text-white">Primary</span>
        ) : (
          <button
            type="button"
            disabled={busy}
            className={button.quiet}
            // Every picture has these buttons: the caption tells a screen reader which one this is.
            aria-describedby={captionId}
            onClick={onMakePrimary}
          >
            Make primary
          </button>
        )}
        <button
          type="button"
          disabled={busy}
          className={button.quiet}
          aria-describedby={captionId}
          onClick={onRemove}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
