import { useTRPC } from "@petshop/client/react";
import { SHOP_CURRENCY } from "@petshop/db/constants";
import { useMutation } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { ListingForm } from "./ListingForm";
import { NEW_LISTING, toCreateInput } from "./listing-form";
import { useStoreListing } from "./useListingCache";

/** A new listing starts as a draft; once saved, staff land on its page to add stock and publish. */
export function NewAnimalPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const storeListing = useStoreListing();
  const create = useMutation(trpc.animals.create.mutationOptions({ onSuccess: storeListing }));

  return (
    <section aria-labelledby="new-listing-heading" className="flex max-w-3xl flex-col gap-4">
      <div>
        <Link to="/inventory" className="text-sm text-brand-700 underline">
          Back to the inventory
        </Link>
        <h1 id="new-listing-heading" className="mt-1 text-xl font-semibold">
          New listing
        </h1>
        <p className="text-sm text-muted">It is saved as a draft: customers see it once you publish it.</p>
      </div>
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <ListingForm
          defaultValues={NEW_LISTING}
          currency={SHOP_CURRENCY}
          withStock
          submitLabel="Create listing"
          onSave={async (values) => {
            const created = await create.mutateAsync(toCreateInput(values));
            await navigate({ to: "/animals/$id", params: { id: created.id } });
          }}
        />
      </div>
    </section>
  );
}
