import { useTRPC } from "@petshop/client/react";
import { BusyButton } from "@petshop/ui";
import { apiErrorMessage, hasErrorCode } from "@petshop/ui/forms";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { button } from "../components/buttons";
import { ListingForm } from "./ListingForm";
import { formValuesOf, type StaffAnimal, toUpdateInput } from "./listing-form";
import { useStoreListing } from "./useListingCache";

interface ListingDetailsProps {
  /** The listing as it was when the form was filled: the version an edit is based on. */
  base: StaffAnimal;
  /** Changes whenever the form must start again from `base` (after a save or a reload). */
  generation: number;
  onSaved: (animal: StaffAnimal) => void;
  /** Fetches the listing as it is now and starts the form again from it. */
  onReload: () => Promise<void>;
}

/** The edit form. A save based on an old version is refused by the server and never retried over theirs. */
export function ListingDetails({ base, generation, onSaved, onReload }: ListingDetailsProps) {
  const trpc = useTRPC();
  const storeListing = useStoreListing();
  const update = useMutation(trpc.animals.update.mutationOptions());
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const reload = useMutation({ mutationFn: onReload, onSuccess: () => setConflict(false) });

  const notice = conflict ? (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
    >
      <p className="font-medium text-amber-950">Someone else saved this listing after you opened it.</p>
      <p className="text-amber-900">
        Your changes were not saved, and theirs are untouched. Reload their version to see what they changed;
        it replaces what you typed here, so copy anything you want to keep first.
      </p>
      {reload.isError ? <p className="text-red-700">{apiErrorMessage(reload.error)}</p> : null}
      <BusyButton
        busy={reload.isPending}
        busyLabel="Reloading…"
        onClick={() => reload.mutate()}
        className={`${button.secondary} self-start`}
      >
        Reload their version
      </BusyButton>
    </div>
  ) : saved ? (
    <p role="status" className="text-sm font-medium text-green-800">
      Changes saved.
    </p>
  ) : null;

  return (
    <ListingForm
      // A fresh form per generation: its fields start from `base` again.
      key={generation}
      defaultValues={formValuesOf(base)}
      currency={base.currency}
      withStock={false}
      submitLabel="Save changes"
      notice={notice}
      saveDisabled={conflict}
      onSave={async (values) => {
        setSaved(false);
        try {
          const animal = await update.mutateAsync(toUpdateInput(values, base));
          storeListing(animal);
          setSaved(true);
          onSaved(animal);
        } catch (error) {
          if (!hasErrorCode(error, "CONFLICT")) throw error;
          setConflict(true);
        }
      }}
    />
  );
}
