import type { AnimalStatus } from "@petshop/db/constants";

export const STATUS_LABELS: Record<AnimalStatus, string> = {
  draft: "Draft",
  active: "Active",
  archived: "Archived",
};

const STATUS_STYLES: Record<AnimalStatus, string> = {
  draft: "border-amber-300 bg-amber-50 text-amber-900",
  active: "border-green-300 bg-green-50 text-green-900",
  archived: "border-stone-300 bg-stone-100 text-stone-700",
};

/** A listing's status as a word in a coloured pill: the colour helps, the word carries it. */
export function StatusBadge({ status }: { status: AnimalStatus }) {
  return (
    <span
      className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLES[status]}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}
