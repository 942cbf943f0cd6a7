import { formatPrice } from "@petshop/ui";
import { Link } from "@tanstack/react-router";
import { useId } from "react";
import { button } from "../../components/buttons";
import type { CartView } from "../../components/cart/useCart";

/** The subtotal and the way on to checkout, which opens once every line can be bought. */
export function CartSummary({ cart }: { cart: CartView }) {
  const headingId = useId();
  const hintId = useId();
  return (
    <aside
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm lg:sticky lg:top-6"
    >
      <h2 id={headingId} className="text-lg font-semibold text-ink">
        Summary
      </h2>
      <dl className="flex items-baseline justify-between gap-4">
        <dt className="text-muted">Subtotal</dt>
        <dd className="text-xl font-semibold text-ink">{formatPrice(cart.subtotalMinor, cart.currency)}</dd>
      </dl>
      <p className="text-sm text-muted">Prices include VAT. You choose pickup or delivery at checkout.</p>
      {cart.readyForCheckout ? (
        <Link to="/checkout" className={`${button.primary} w-full`}>
          Check out
        </Link>
      ) : (
        <>
          <button type="button" disabled aria-describedby={hintId} className={`${button.primary} w-full`}>
            Check out
          </button>
          <p id={hintId} className="text-sm font-medium text-amber-900">
            Fix the lines marked above to check out.
          </p>
        </>
      )}
      <Link
        to="/"
        search={{}}
        className="self-center text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        Continue shopping
      </Link>
    </aside>
  );
}
