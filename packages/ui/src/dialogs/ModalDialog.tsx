import { type ComponentProps, createContext, type ReactNode, use, useId, useRef } from "react";
import { BUTTON_STYLES } from "../buttons";
import type { Density } from "../density";
import { useShowModal } from "./useShowModal";

const styles = {
  comfortable: {
    dialog:
      "m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl border border-stone-200 bg-white p-6 text-ink shadow-xl backdrop:bg-stone-900/40",
    title: "text-lg font-semibold",
  },
  compact: {
    dialog:
      "m-auto w-full max-w-md rounded-lg border border-stone-200 bg-white p-5 text-ink shadow-xl backdrop:bg-stone-900/40",
    title: "text-base font-semibold",
  },
} as const;

interface ModalDialogProps {
  /** Names the dialog for assistive technology, and heads it. */
  title: ReactNode;
  /** The id of what says what is at stake (the question, a warning), read out with the title. */
  describedBy: string;
  density?: Density;
  /** Called however the dialog closes: its dismiss button, Escape, or a form inside it. */
  onClose: () => void;
  /** While true Escape does nothing, so the answer of a running request has somewhere to show. */
  busy?: boolean;
  children: ReactNode;
}

const DialogContext = createContext<{ close: () => void; density: Density } | null>(null);

/**
 * A modal dialog, open while mounted: labelled by its title, described by `describedBy`, focus
 * kept inside and given back afterwards (useShowModal), closed by Escape or a DismissButton.
 */
export function ModalDialog({
  title,
  describedBy,
  density = "comfortable",
  onClose,
  busy = false,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useShowModal(ref);
  const s = styles[density];
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onClose={onClose}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
      className={s.dialog}
    >
      <h2 id={titleId} className={s.title}>
        {title}
      </h2>
      <DialogContext value={{ close: () => ref.current?.close(), density }}>{children}</DialogContext>
    </dialog>
  );
}

/** The dialog's way out, looking like a secondary button: it closes the dialog, so onClose runs. */
export function DismissButton(button: Omit<ComponentProps<"button">, "type" | "onClick" | "className">) {
  const dialog = use(DialogContext);
  if (!dialog) throw new Error("DismissButton belongs inside a ModalDialog");
  return (
    <button
      type="button"
      className={BUTTON_STYLES[dialog.density].secondary}
      onClick={dialog.close}
      {...button}
    />
  );
}
