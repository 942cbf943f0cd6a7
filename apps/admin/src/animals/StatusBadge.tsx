import type { AnimalStatus } from "@petshop/db/constants";
import { Badge, type BadgeTone } from "@petshop/ui";

export const STATUS_LABELS: Record<AnimalStatus, string> = {
  draft: "Draft",
  active: "Active",
  archived: "Archived",
};

// Amber is not on sale yet, green is on sale, grey is over.
const STATUS_TONES: Record<AnimalStatus, BadgeTone> = {
  draft: "amber",
  active: "green",
  archived: "stone",
};

/** A listing's status as a word in a coloured pill. */
export function StatusBadge({ status }: { status: AnimalStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]} density="compact">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
