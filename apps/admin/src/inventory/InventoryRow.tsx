import type { RouterOutputs } from "@petshop/client/react";
import { formatPrice, SPECIES_LABELS } from "@petshop/ui";
import { ListingLink } from "../animals/ListingLink";
import { StatusBadge } from "../animals/StatusBadge";
import type { Column } from "../lists/ListTable";

export type ListedAnimal = RouterOutputs["animals"]["list"]["items"][number];

export const INVENTORY_COLUMNS: readonly Column[] = [
  { label: "Name" },
  { label: "Species" },
  { label: "Breed" },
  { label: "Price", align: "right" },
  { label: "Stock", align: "right" },
  { label: "Status" },
];

/** One listing in the table, linking to its edit page. */
export function InventoryRow({ animal }: { animal: ListedAnimal }) {
  return (
    <tr className="hover:bg-stone-50">
      <td className="px-3 py-1.5 font-medium">
        <ListingLink id={animal.id}>{animal.name}</ListingLink>
      </td>
      <td className="px-3 py-1.5">{SPECIES_LABELS[animal.species]}</td>
      <td className="px-3 py-1.5">{animal.breed}</td>
      <td className="px-3 py-1.5 text-right tabular-nums">
        {formatPrice(animal.priceMinor, animal.currency)}
      </td>
      <td
        className={`px-3 py-1.5 text-right tabular-nums ${animal.stock === 0 ? "font-semibold text-red-700" : ""}`}
      >
        {animal.stock}
      </td>
      <td className="px-3 py-1.5">
        <StatusBadge status={animal.status} />
      </td>
    </tr>
  );
}
