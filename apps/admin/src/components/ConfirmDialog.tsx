import { type ReactNode, useId } from "react";
import { dangerButton, secondaryButton } from "./buttons";
import { modalDialogStyle, useModalDialog } from "./useModalDialog";

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The way out; worth naming when "Cancel" would read as the action itself (cancelling an order). */
  cancelLabel?: string;
  onConfirm: () => void;
  /** Called for Cancel, Escape, or any other way the dialog closes without confirming. */
  onCancel: () => void;
}

/**
 * Asks before something destructive. Open while mounted: render it only when there is a question
 * (useModalDialog).
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = "Cancel",
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useModalDialog();
  const titleId = useId();
  const bodyId = useId();

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={onCancel}
      className={modalDialogStyle}
    >
      <h2 id={titleId} className="text-base font-semibold">
        {title}
      </h2>
      <div id={bodyId} className="mt-2 text-sm text-muted">
        {children}
      </div>
      <div className="mt-5 flex justify-end gap-2">
        {/* Cancel comes first and takes focus, so a stray Enter does no harm. */}
        {/* biome-ignore lint/a11y/noAutofocus: a modal dialog must move focus into itself. */}
        <button type="button" autoFocus className={secondaryButton} onClick={() => ref.current?.close()}>
          {cancelLabel}
        </button>
        <button type="button" className={dangerButton} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
