import { type RouterOutputs, useTRPC } from "@petshop/client/react";
import { useQuery } from "@tanstack/react-query";

export type CartView = RouterOutputs["cart"]["get"];
export type CartLine = CartView["lines"][number];

/**
 * The visitor's cart. The header, every card and the cart and checkout pages share this one query,
 * so a change anywhere (the answer to an add is the whole cart) shows everywhere at once.
 */
export function useCart() {
  const trpc = useTRPC();
  return useQuery(trpc.cart.get.queryOptions());
}

/** How many of an animal the cart holds already (0 while the cart is still loading). */
export function quantityInCart(cart: CartView | undefined, animalId: string): number {
  return cart?.lines.find((line) => line.animalId === animalId)?.quantity ?? 0;
}
