import { Link } from "@tanstack/react-router";
import { itemCount } from "./item-count";
import { useCart } from "./useCart";

/** The header's way to the cart, with how many items it holds. */
export function CartLink() {
  const cart = useCart();
  const count = cart.data?.itemCount ?? 0;
  const label = !cart.data ? "Cart" : count === 0 ? "Cart, empty" : `Cart, ${itemCount(count)}`;
  return (
    <Link
      to="/cart"
      aria-label={label}
      className="relative flex items-center gap-2 rounded-lg px-2 py-1.5 text-sm font-medium text-ink hover:text-brand-700"
    >
      <BasketIcon />
      <span className="hidden sm:inline">Cart</span>
      {/* On top of the icon, so the header does not move when the count appears or grows. */}
      {count > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -top-1 left-5 flex h-5 min-w-5 items-center justify-center rounded-full bg-brand-700 px-1 text-xs font-semibold text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
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
