import { type ReactNode, useEffect, useId, useRef } from "react";
import { dangerButton, secondaryButton } from "./buttons";

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The way out, worded so it cannot be mistaken for the action ("Keep my order", not "Cancel"). */
  dismissLabel: string;
  onConfirm: () => void;
  /** Called for the dismiss button, Escape, or any other way the dialog closes without confirming. */
  onDismiss: () => void;
}

/**
 * Asks before something that cannot be undone. Open while mounted: render it only when there is a
 * question. The native modal <dialog> gives focus trapping, Escape and an inert page behind it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  dismissLabel,
  onConfirm,
  onDismiss,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    // The button that opened the dialog may be gone when it closes, so focus is put back by hand
    // when it is still there rather than left on <body>.
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (returnFocusTo?.isConnected) returnFocusTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={onDismiss}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl border border-stone-200 bg-white p-6 text-ink shadow-xl backdrop:bg-stone-900/40"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      <div id={bodyId} className="mt-2 text-muted">
        {children}
      </div>
      <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {/* The way out comes first and takes focus, so a stray Enter does no harm. */}
        {/* biome-ignore lint/a11y/noAutofocus: a modal dialog must move focus into itself. */}
        <button type="button" autoFocus className={secondaryButton} onClick={() => ref.current?.close()}>
          {dismissLabel}
        </button>
        <button type="button" className={dangerButton} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
