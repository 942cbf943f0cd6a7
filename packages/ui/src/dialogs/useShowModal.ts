import { type RefObject, useEffect, useState } from "react";

const FOCUSABLE =
  "button:not(:disabled), a[href], input:not(:disabled), select, textarea, [tabindex]:not([tabindex='-1'])";

/**
 * Opens a native <dialog> as a modal while it is mounted: render it only when there is something
 * to ask. The browser then keeps focus inside, closes it on Escape and makes the page behind it
 * inert. When it goes, focus goes back to what had it before, by hand: the button that opened it
 * is usually disabled or gone while the action runs, and focus would otherwise fall to <body>.
 */
export function useShowModal(ref: RefObject<HTMLDialogElement | null>): void {
  // Read while rendering, before an autoFocus inside the dialog can take focus.
  const [returnFocusTo] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // Browsers put focus on the first control themselves; this makes it so wherever that is not done.
    if (dialog && !dialog.contains(document.activeElement)) {
      dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    }
    return () => {
      if (returnFocusTo?.isConnected) returnFocusTo.focus();
    };
  }, [ref, returnFocusTo]);
}
