import { Link } from "@tanstack/react-router";
import { type RefObject, useEffect, useRef, useState } from "react";
import { button } from "../../components/buttons";
import { itemCount } from "../../components/cart/item-count";
import { useCart } from "../../components/cart/useCart";
import { ErrorState } from "../../components/ErrorState";
import { FormError, FormSuccess } from "../../components/form";
import { CartLineItem } from "./CartLineItem";
import { CartSummary } from "./CartSummary";
import { useCartLineActions } from "./useCartLineActions";

/** The cart: each animal at today's price, what needs fixing, the subtotal and the way to checkout. */
export function CartPage() {
  const cart = useCart();
  const actions = useCartLineActions();
  // A removed line takes its focused button with it; focus goes to the page's heading instead,
  // once the page shows the cart without it (possibly as the empty cart).
  const heading = useRef<HTMLHeadingElement>(null);
  const [removals, setRemovals] = useState(0);
  useEffect(() => {
    if (removals > 0) heading.current?.focus();
  }, [removals]);

  if (!cart.data) {
    return cart.isError ? (
      <ErrorState title="We could not load your cart." onRetry={() => cart.refetch()} />
    ) : (
      <CartSkeleton />
    );
  }
  if (cart.data.lines.length === 0) return <EmptyCart heading={heading} notice={actions.notice} />;
  return (
    <div className="flex flex-col gap-6">
      <h1
        ref={heading}
        tabIndex={-1}
        className="flex flex-wrap items-baseline gap-x-3 text-2xl font-bold tracking-tight text-ink outline-none sm:text-3xl"
      >
        Your cart{" "}
        <span data-not-in-title className="text-base font-medium text-muted sm:text-lg">
          {itemCount(cart.data.itemCount)}
        </span>
      </h1>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <section aria-label="Animals in your cart" className="flex flex-col gap-3">
          <FormError message={actions.problem} />
          <FormSuccess message={actions.notice} />
          <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white shadow-sm">
            {cart.data.lines.map((line) => (
              <CartLineItem
                key={line.animalId}
                line={line}
                busy={actions.isBusy(line)}
                onQuantity={(quantity) => actions.changeQuantity(line, quantity)}
                onRemove={() => actions.removeLine(line, () => setRemovals((n) => n + 1))}
              />
            ))}
          </ul>
        </section>
        <CartSummary cart={cart.data} />
      </div>
    </div>
  );
}

interface EmptyCartProps {
  heading: RefObject<HTMLHeadingElement | null>;
  notice: string | undefined;
}

function EmptyCart({ heading, notice }: EmptyCartProps) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-4 py-12 text-center">
      <FormSuccess message={notice} />
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold tracking-tight text-ink outline-none">
        Your cart is empty
      </h1>
      <p className="text-muted">
        Find a new friend among our dogs, cats, birds, fish, reptiles and small mammals.
      </p>
      <Link to="/" search={{}} className={button.primary}>
        See all animals
      </Link>
    </div>
  );
}

function CartSkeleton() {
  return (
    <section aria-busy="true" aria-label="Loading your cart" className="flex flex-col gap-6">
      <div className="h-9 w-48 animate-pulse rounded bg-stone-200" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <div className="h-64 animate-pulse rounded-2xl bg-stone-200" />
        <div className="h-56 animate-pulse rounded-2xl bg-stone-200" />
      </div>
    </section>
  );
}
