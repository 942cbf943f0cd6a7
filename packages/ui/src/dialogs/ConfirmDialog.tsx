import { type ReactNode, useId } from "react";
import { BUTTON_STYLES } from "../buttons";
import type { Density } from "../density";
import { DismissButton, ModalDialog } from "./ModalDialog";

interface ConfirmDialogProps {
  /** The question, e.g. "Cancel order #1042?". */
  title: string;
  /** What will happen; read out with the title. */
  children: ReactNode;
  /** Names the action, e.g. "Cancel order": never a bare "OK". */
  confirmLabel: string;
  /**
   * The way out. Name it when "Cancel" could be read as the action itself: "Keep my order" beside
   * "Cancel order".
   */
  dismissLabel?: string;
  onConfirm: () => void;
  /** Called for the dismiss button, Escape, or any other way the dialog closes without confirming. */
  onDismiss: () => void;
  density?: Density;
}

const layout = {
  comfortable: {
    body: "mt-2 text-muted",
    actions: "mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end",
  },
  compact: { body: "mt-2 text-sm text-muted", actions: "mt-5 flex justify-end gap-2" },
} as const;

/**
 * Asks before something that cannot be undone. Open while mounted: render it only when there is a
 * question. The way out comes first and takes focus, so a stray Enter does no harm.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  dismissLabel = "Cancel",
  onConfirm,
  onDismiss,
  density = "comfortable",
}: ConfirmDialogProps) {
  const bodyId = useId();
  return (
    <ModalDialog title={title} describedBy={bodyId} density={density} onClose={onDismiss}>
      <div id={bodyId} className={layout[density].body}>
        {children}
      </div>
      <div className={layout[density].actions}>
        <DismissButton autoFocus>{dismissLabel}</DismissButton>
        <button type="button" className={BUTTON_STYLES[density].danger} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
