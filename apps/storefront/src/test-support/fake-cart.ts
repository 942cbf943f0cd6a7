import type { RouterOutputs } from "@petshop/client/react";

// Carts as `cart.get` and its mutations return them, worked out the way the server does
// (packages/api/src/domains/cart/cart-view.ts), so a test only says what is in the cart.

type CartView = RouterOutputs["cart"]["get"];
type CartLine = CartView["lines"][number];

/** What a test chooses about a line; the rest (problem, totals) follows from it. */
type LineFacts = Partial<Omit<CartLine, "problem" | "lineTotalMinor">>;

let sequence = 0;

/** One line of a cart: a puppy, in stock, unless told otherwise. */
export function fakeCartLine(facts: LineFacts = {}): CartLine {
  sequence += 1;
  const quantity = facts.quantity ?? 1;
  const available = facts.available ?? Math.max(quantity, 1);
  const unitPriceMinor = facts.unitPriceMinor ?? 95000;
  return {
    animalId: `00000000-0000-4000-8000-c${String(sequence).padStart(11, "0")}`,
    slug: `cart-animal-${sequence}`,
    name: `Cart animal ${sequence}`,
    species: "dog",
    image: { url: "/images/animals/dog-golden.svg", alt: "A golden puppy" },
    currency: "EUR",
    ...facts,
    unitPriceMinor,
    quantity,
    available,
    problem: available === 0 ? "unavailable" : quantity > available ? "not_enough_stock" : null,
    lineTotalMinor: unitPriceMinor * quantity,
  };
}

/** The cart holding `lines`, with its counts and the subtotal of what can be bought. */
export function fakeCart(lines: CartLine[] = []): CartView {
  const buyable = lines.filter((line) => line.problem === null);
  return {
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotalMinor: buyable.reduce((sum, line) => sum + line.lineTotalMinor, 0),
    currency: lines[0]?.currency ?? "EUR",
    readyForCheckout: lines.length > 0 && buyable.length === lines.length,
  };
}

/** The same line with another quantity, as `cart.setQuantity` would leave it. */
export function withQuantity(line: CartLine, quantity: number): CartLine {
  return fakeCartLine({ ...line, quantity });
}
