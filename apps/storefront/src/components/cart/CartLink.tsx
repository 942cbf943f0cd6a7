import { Link } from "@tanstack/react-router";
import { useCart } from "./useCart";

/** The header's way to the cart, with how many items it holds. */
export function CartLink() {
  const cart = useCart();
  const count = cart.data?.itemCount ?? 0;
  const shown = count > 99 ? "99+" : String(count);
  // The name is the link's own text, so what is seen ("Cart" and the badge's number) is what voice
  // control and screen readers hear: "Cart 2 items"; an empty cart is "Cart, empty", which still
  // starts with what is seen. On a phone the word is read but not shown.
  return (
    <Link
      to="/cart"
      aria-label={cart.data && count === 0 ? "Cart, empty" : undefined}
      className="relative flex items-center gap-2 rounded-lg px-2 py-1.5 text-sm font-medium text-ink hover:text-brand-700"
    >
      <BasketIcon />
      <span className="sr-only sm:not-sr-only">Cart</span>
      {count > 0 ? (
        <>
          {" "}
          {/* On top of the icon, so the header does not move when the count appears or grows. */}
          <span className="absolute -top-1 left-5 flex h-5 min-w-5 items-center justify-center rounded-full bg-brand-700 px-1 text-xs font-semibold text-white">
            {shown}
          </span>
          <span className="sr-only"> {count === 1 ? "item" : "items"}</span>
        </>
      ) : null}
    </Link>
  );
}

function BasketIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      className="size-6"
    >
      <path d="M3 9h18l-1.6 9.2a2 2 0 0 1-2 1.8H6.6a2 2 0 0 1-2-1.8L3 9Z" />
      <path d="m8 9 3-5M16 9l-3-5M9 13v3M15 13v3" />
    </svg>
  );
}
