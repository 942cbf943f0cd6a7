import { availabilityLabel } from "@petshop/ui";

/** A stock badge: green while there is stock, grey when sold out. */
export function Availability({ stock }: { stock: number }) {
  const inStock = stock > 0;
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1.5 whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${
        inStock ? "bg-brand-50 text-brand-800" : "bg-stone-200 text-stone-700"
      }`}
    >
      <span
        aria-hidden="true"
        className={`size-1.5 rounded-full ${inStock ? "bg-brand-600" : "bg-stone-500"}`}
      />
      {availabilityLabel(stock)}
    </span>
  );
}
