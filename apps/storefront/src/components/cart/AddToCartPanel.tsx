import { MAX_LINE_QUANTITY } from "@petshop/api/constants";
import { apiErrorMessage } from "@petshop/ui/forms";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { button } from "../buttons";
import { FormError, FormSuccess } from "../form";
import { QuantitySelect } from "../QuantitySelect";
import { InCartLink } from "./InCartLink";
import { useAddToCart } from "./useAddToCart";
import { quantityInCart, useCart } from "./useCart";

interface AddToCartPanelProps {
  animal: { id: string; name: string; stock: number };
}

/** The animal page's "Add to cart", with a quantity picker when there is more than one. */
export function AddToCartPanel({ animal }: AddToCartPanelProps) {
  const cart = useCart();
  const add = useAddToCart();
  const [quantity, setQuantity] = useState(1);
  const inCart = quantityInCart(cart.data, animal.id);
  // What may still be added: the server refuses more than is available, or than a line may hold.
  const addable = Math.max(0, Math.min(animal.stock, MAX_LINE_QUANTITY) - inCart);
  const chosen = Math.min(quantity, Math.max(addable, 1));

  if (animal.stock <= 0) {
    return (
      <button type="button" disabled className={`${button.primary} w-full sm:w-auto sm:self-start`}>
        Sold out
      </button>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      {addable > 0 ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate({ animalId: animal.id, quantity: chosen }, { onSuccess: () => setQuantity(1) });
          }}
          className="flex flex-wrap items-end gap-3"
        >
          {addable > 1 ? (
            <QuantitySelect label="Quantity" value={chosen} max={addable} onChange={setQuantity} />
          ) : null}
          <button type="submit" disabled={add.isPending} className={`${button.primary} flex-1 sm:flex-none`}>
            {add.isPending ? "Adding…" : "Add to cart"}
          </button>
        </form>
      ) : (
        <div className="sm:max-w-xs">
          <InCartLink name={animal.name} takeFocus={add.isSuccess} />
        </div>
      )}
      {inCart > 0 && addable > 0 ? (
        <p className="text-sm text-muted">
          {inCart} already in your cart.{" "}
          <Link to="/cart" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            View cart
          </Link>
        </p>
      ) : null}
      <FormError message={add.isError ? apiErrorMessage(add.error) : undefined} />
      <FormSuccess message={add.isSuccess ? addedMessage(animal.name, add.variables.quantity) : undefined} />
    </div>
  );
}

/** "Added Biscuit to your cart." or "Added 3 × Neon tetra to your cart." */
function addedMessage(name: string, quantity = 1): string {
  return `Added ${quantity === 1 ? name : `${quantity} × ${name}`} to your cart.`;
}
