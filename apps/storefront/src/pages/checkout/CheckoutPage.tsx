import { useTRPC } from "@petshop/client/react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { button } from "../../components/buttons";
import { useCart } from "../../components/cart/useCart";
import { ErrorState } from "../../components/ErrorState";
import { deliveryCountriesQuery } from "../../components/shop-settings-queries";
import { CheckoutForm } from "./CheckoutForm";
import { SignInStep } from "./SignInStep";

/** Checkout, once there is something to buy and someone signed in to buy it. */
export function CheckoutPage() {
  const trpc = useTRPC();
  const me = useQuery(trpc.users.me.queryOptions());
  const cart = useCart();
  // Asked by the route's loader with the rest, so the form need not wait for it afterwards.
  const countries = useQuery(deliveryCountriesQuery(trpc));

  if (!me.isSuccess || !cart.data) {
    return me.isError || cart.isError ? (
      <ErrorState
        title="We could not load your checkout."
        onRetry={() => Promise.all([me.refetch(), cart.refetch()])}
      />
    ) : (
      <CheckoutSkeleton />
    );
  }
  if (cart.data.lines.length === 0) {
    return (
      <Message title="Your cart is empty" action={<BackToAnimals />}>
        Add an animal to your cart, and check out from there.
      </Message>
    );
  }
  if (!me.data) return <SignInStep />;
  if (!cart.data.readyForCheckout) {
    return (
      <Message
        title="Your cart needs a look first"
        action={
          <Link to="/cart" className={button.primary}>
            Go to your cart
          </Link>
        }
      >
        Some animals in your cart are no longer available as you asked. Fix those lines, then check out.
      </Message>
    );
  }
  if (!countries.data) {
    return countries.isError ? (
      <ErrorState title="We could not load your checkout." onRetry={() => countries.refetch()} />
    ) : (
      <CheckoutSkeleton />
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">Checkout</h1>
      <CheckoutForm account={me.data} cart={cart.data} countries={countries.data} />
    </div>
  );
}

function Message({ title, action, children }: { title: string; action: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-4 py-12 text-center">
      <h1 className="text-2xl font-bold tracking-tight text-ink">{title}</h1>
      <p className="text-muted">{children}</p>
      {action}
    </div>
  );
}

function BackToAnimals() {
  return (
    <Link to="/" search={{}} className={button.primary}>
      See all animals
    </Link>
  );
}

function CheckoutSkeleton() {
  return (
    <section aria-busy="true" aria-label="Loading checkout" className="flex flex-col gap-6">
      <div className="h-9 w-40 animate-pulse rounded bg-stone-200" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <div className="flex flex-col gap-6">
          <div className="h-56 animate-pulse rounded-2xl bg-stone-200" />
          <div className="h-40 animate-pulse rounded-2xl bg-stone-200" />
        </div>
        <div className="h-72 animate-pulse rounded-2xl bg-stone-200" />
      </div>
    </section>
  );
}
