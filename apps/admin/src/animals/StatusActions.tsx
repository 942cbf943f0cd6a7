import { useTRPC } from "@petshop/client/react";
import type { AnimalStatus } from "@petshop/db/constants";
import { ConfirmDialog } from "@petshop/ui/dialogs";
import { apiErrorMessage } from "@petshop/ui/forms";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { button } from "../components/buttons";
import type { StaffAnimal } from "./listing-form";
import { STATUS_LABELS } from "./StatusBadge";
import { useStoreListing } from "./useListingCache";

const MEANING: Record<AnimalStatus, string> = {
  draft: "A draft: only staff can see it.",
  active: "On sale: customers can find and buy it.",
  archived: "Archived: hidden from the shop and cannot be bought.",
};

const ACTIONS: { status: AnimalStatus; label: string; style: string }[] = [
  { status: "active", label: "Publish", style: button.primary },
  { status: "draft", label: "Back to draft", style: button.secondary },
  { status: "archived", label: "Archive", style: button.danger },
];

/**
 * What asks first: every change that takes the listing off sale (back to draft from on sale, or
 * archive). Publishing does not: it is what the page is for, and it can be taken back.
 */
const CONFIRMATIONS: Partial<Record<AnimalStatus, { title: string; confirmLabel: string; effect: string }>> =
  {
    draft: {
      title: "Back to draft?",
      confirmLabel: "Back to draft",
      effect:
        "leaves the shop at once and becomes a draft only staff can see. You can publish it again later.",
    },
    archived: {
      title: "Archive listing?",
      confirmLabel: "Archive listing",
      effect:
        "leaves the shop at once: customers can no longer find or buy it. You can publish it again later.",
    },
  };

/** Publish, return to draft, or archive; taking a listing off sale asks first. */
export function StatusActions({
  animal,
  onChanged,
}: {
  animal: StaffAnimal;
  onChanged: (animal: StaffAnimal) => void;
}) {
  const trpc = useTRPC();
  const storeListing = useStoreListing();
  const setStatus = useMutation(
    trpc.animals.setStatus.mutationOptions({
      onSuccess: (changed) => {
        storeListing(changed);
        onChanged(changed);
      },
    }),
  );
  const [asking, setAsking] = useState<AnimalStatus | null>(null);
  const confirmation = asking ? CONFIRMATIONS[asking] : undefined;
  const takesOffSale = (to: AnimalStatus) =>
    to === "archived" || (to === "draft" && animal.status === "active");
  const change = (status: AnimalStatus) => {
    setStatus.reset();
    setStatus.mutate({ id: animal.id, status });
  };

  return (
    <section aria-labelledby="status-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="status-heading" className="text-base font-semibold">
        Status: {STATUS_LABELS[animal.status]}
      </h2>
      <p className="text-sm text-muted">{MEANING[animal.status]}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {ACTIONS.filter((action) => action.status !== animal.status).map((action) => (
          <button
            key={action.status}
            type="button"
            disabled={setStatus.isPending}
            className={action.style}
            onClick={() => (takesOffSale(action.status) ? setAsking(action.status) : change(action.status))}
          >
            {action.label}
          </button>
        ))}
      </div>
      {setStatus.isError ? (
        <p role="alert" className="mt-2 text-xs font-medium text-red-700">
          {apiErrorMessage(setStatus.error)}
        </p>
      ) : null}
      {asking && confirmation ? (
        <ConfirmDialog
          density="compact"
          title={confirmation.title}
          confirmLabel={confirmation.confirmLabel}
          onConfirm={() => {
            setAsking(null);
            change(asking);
          }}
          onDismiss={() => setAsking(null)}
        >
          <p>
            <strong className="text-ink">{animal.name}</strong> {confirmation.effect}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
