import { fireEvent } from "@testing-library/react";

/**
 * What a browser does on Escape in a modal dialog: a cancelable cancel event, then closing unless
 * something prevented it. happy-dom does neither on a key press, so tests press it this way.
 */
export function pressEscape(dialog: HTMLElement): void {
  if (!(dialog instanceof HTMLDialogElement)) throw new Error("not a <dialog>");
  if (fireEvent(dialog, new Event("cancel", { cancelable: true }))) dialog.close();
}
