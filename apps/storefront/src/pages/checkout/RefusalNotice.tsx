import { formatPrice } from "@petshop/ui";
import { Link } from "@tanstack/react-router";
import type { CheckoutConflictLine } from "./checkout-conflict";
import type { Refusal } from "./usePlaceOrder";

/**
 * Why the shop refused the order, and what to do: confirm a total that changed since the customer
 * looked, or fix the cart when animals are gone or fewer are left.
 */
export function RefusalNotice({ refusal }: { refusal: Refusal }) {
  const { conflict, sentTotalMinor } = refusal;
  if (conflict.reason === "price_changed") {
    return (
      <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
        <p className="font-semibold">Prices have changed since you looked.</p>
        <p className="mt-1">
          The total is now <strong>{formatPrice(conflict.totalMinor, conflict.currency)}</strong> (it was{" "}
          {formatPrice(sentTotalMinor, conflict.currency)}). Please check your order and confirm the new
          total.
        </p>
      </div>
    );
  }
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">Some animals are no longer available as you asked:</p>
      <ul className="mt-2 list-disc pl-5">
        {conflict.lines.map((line) => (
          <li key={line.animalId}>{shortfall(line)}</li>
        ))}
      </ul>
      <Link
        to="/cart"
        className="mt-3 inline-block font-medium text-amber-950 underline underline-offset-2 hover:no-underline"
      >
        Review your cart
      </Link>
    </div>
  );
}

/** "Biscuit: sold out", "Neon tetra: only 4 left, you asked for 10". */
function shortfall(line: CheckoutConflictLine): string {
  const name = line.name || "An animal";
  if (line.available <= 0) return `${name}: sold out`;
  return `${name}: only ${line.available} left, you asked for ${line.quantity}`;
}
