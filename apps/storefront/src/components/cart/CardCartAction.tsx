import { apiErrorMessage } from "@petshop/ui/forms";
import { InCartLink } from "./InCartLink";
import { useAddToCart } from "./useAddToCart";
import { quantityInCart, useCart } from "./useCart";

interface CardCartActionProps {
  animal: { id: string; name: string; stock: number };
}

const addButton =
  "flex w-full items-center justify-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white transition hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-stone-300 disabled:text-stone-700";

/**
 * A catalogue card's "Add to cart": one at a time, "In your cart" once all there is is in it.
 * Each control names its animal in an aria-label that starts with the visible words, so a list of
 * them can be told apart and voice control still finds "Add to cart".
 */
export function CardCartAction({ animal }: CardCartActionProps) {
  const cart = useCart();
  const add = useAddToCart();
  const inCart = quantityInCart(cart.data, animal.id);
  const allInCart = animal.stock > 0 && inCart >= animal.stock;

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-3">
        {animal.stock <= 0 ? (
          <button type="button" disabled aria-label={`Sold out: ${animal.name}`} className={addButton}>
            Sold out
          </button>
        ) : allInCart ? (
          <InCartLink name={animal.name} takeFocus={add.isSuccess} />
        ) : (
          <button
            type="button"
            onClick={() => add.mutate({ animalId: animal.id, quantity: 1 })}
            disabled={add.isPending}
            aria-label={`Add to cart: ${animal.name}`}
            className={addButton}
          >
            {add.isPending ? "Adding…" : "Add to cart"}
          </button>
        )}
        {/* A tank of fish can be added again; say how many are in already. Same line: no jump. */}
        {inCart > 0 && !allInCart ? (
          <span className="shrink-0 text-sm text-muted">{inCart} in cart</span>
        ) : null}
      </div>
      {add.isError ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {apiErrorMessage(add.error)}
        </p>
      ) : null}
      <p role="status" className="sr-only">
        {add.isSuccess ? `${animal.name} is in your cart.` : ""}
      </p>
    </div>
  );
}
