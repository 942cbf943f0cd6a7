import { formatPrice } from "@petshop/ui";
import { useId } from "react";
import type { CartView } from "../../components/cart/useCart";

interface OrderReviewProps {
  cart: CartView;
  /** The total the order will be placed at: the cart's, or a new one the customer is asked to confirm. */
  totalMinor: number;
  currency: string;
}

/** What is being ordered, line by line, and the total to confirm. */
export function OrderReview({ cart, totalMinor, currency }: OrderReviewProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-lg font-semibold text-ink">
        Your order
      </h2>
      <ul className="flex flex-col gap-3">
        {cart.lines.map((line) => (
          <li key={line.animalId} className="flex items-center gap-3">
            <div className="h-12 w-16 shrink-0 overflow-hidden rounded-md bg-stone-100">
              {line.image ? (
                <img src={line.image.url} alt="" width={64} height={48} className="size-full object-cover" />
              ) : null}
            </div>
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium text-ink">{line.name}</p>
              <p className="text-sm text-muted">
                {line.quantity} × {formatPrice(line.unitPriceMinor, line.currency)}
              </p>
            </div>
            <p className="font-medium text-ink">{formatPrice(line.lineTotalMinor, line.currency)}</p>
          </li>
        ))}
      </ul>
      <dl className="flex items-baseline justify-between gap-4 border-t border-stone-200 pt-4">
        <dt className="font-medium text-ink">Total</dt>
        <dd className="text-xl font-semibold text-ink">{formatPrice(totalMinor, currency)}</dd>
      </dl>
      <p className="text-sm text-muted">
        Prices include VAT. Placing the order reserves your animals for you until you pay.
      </p>
    </section>
  );
}
