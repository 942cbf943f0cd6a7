import { Link } from "@tanstack/react-router";
import { useCallback } from "react";

interface InCartLinkProps {
  /** Said to screen readers after "In your cart", so a list of such links can be told apart. */
  name: string;
  /**
   * This link takes the place of the button just pressed to add the animal: focus moves to it,
   * rather than being lost with the button.
   */
  takeFocus: boolean;
}

/** Shown instead of "Add to cart" once the cart holds every one there is. */
export function InCartLink({ name, takeFocus }: InCartLinkProps) {
  const focusIfAsked = useCallback(
    (link: HTMLAnchorElement | null) => {
      if (link && takeFocus) link.focus();
    },
    [takeFocus],
  );
  return (
    <Link
      ref={focusIfAsked}
      to="/cart"
      aria-label={`In your cart: ${name}. View cart`}
      className="flex w-full items-center justify-center gap-2 rounded-lg border border-brand-600 bg-brand-50 px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-100"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
        <path
          fillRule="evenodd"
          d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z"
          clipRule="evenodd"
        />
      </svg>
      In your cart
    </Link>
  );
}
