import { useTRPC } from "@petshop/client/react";
import { hasErrorCode } from "@petshop/ui/forms";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { ErrorAlert } from "../components/ErrorAlert";
import { EditAnimal } from "./EditAnimal";

const route = getRouteApi("/animals/$id");

/** Loads one listing for staff; the editing itself is EditAnimal's. */
export function EditAnimalPage() {
  const { id } = route.useParams();
  const trpc = useTRPC();
  const listing = useQuery(trpc.animals.byId.queryOptions({ id }));

  if (listing.data) {
    // A different listing is a different page: nothing of one form may carry over to the next.
    return <EditAnimal key={listing.data.id} animal={listing.data} />;
  }
  if (listing.isPending) {
    return (
      <p role="status" className="text-sm text-muted">
        Loading the listing…
      </p>
    );
  }
  // A malformed id is refused as BAD_REQUEST; to the person both mean the address leads nowhere.
  const missing = hasErrorCode(listing.error, "NOT_FOUND") || hasErrorCode(listing.error, "BAD_REQUEST");
  return (
    <section className="flex flex-col gap-2">
      <h1 className="text-xl font-semibold">{missing ? "Listing not found" : "Listing unavailable"}</h1>
      {missing ? (
        <p className="text-sm text-muted">There is no listing at this address; it may have been removed.</p>
      ) : (
        <ErrorAlert>
          The listing could not be loaded.{" "}
          <button type="button" className="font-medium underline" onClick={() => listing.refetch()}>
            Try again
          </button>
        </ErrorAlert>
      )}
      <Link to="/inventory" className="text-sm text-brand-700 underline">
        Back to the inventory
      </Link>
    </section>
  );
}
