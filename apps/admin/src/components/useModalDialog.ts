import { useEffect, useRef } from "react";

/** The look of every modal dialog in the app. */
export const modalDialogStyle =
  "m-auto w-full max-w-md rounded-lg border border-stone-200 bg-white p-5 text-ink shadow-xl backdrop:bg-stone-900/40";

/**
 * Opens a native <dialog> as a modal while it is mounted: render it only when there is something
 * to ask. The browser then traps focus, closes on Escape and makes the page behind it inert.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    // The trigger usually disappears or is disabled while the action runs, so focus is put back
    // by hand rather than left on <body>.
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (returnFocusTo?.isConnected) returnFocusTo.focus();
    };
  }, []);
  return ref;
}
