// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DismissButton, ModalDialog } from "./ModalDialog";
import { pressEscape } from "./press-escape";

afterEach(cleanup);

function renderDialog(busy: boolean, onClose = vi.fn()) {
  render(
    <ModalDialog
      title="Refund order #1042?"
      describedBy="warning"
      density="compact"
      busy={busy}
      onClose={onClose}
    >
      <p id="warning">This cannot be undone.</p>
      <DismissButton>Keep payment</DismissButton>
    </ModalDialog>,
  );
  return { dialog: screen.getByRole("dialog", { name: "Refund order #1042?" }), onClose };
}

describe("the modal dialog", () => {
  it("closes on Escape, and through its dismiss button", async () => {
    const first = renderDialog(false);
    pressEscape(first.dialog);
    await vi.waitFor(() => expect(first.onClose).toHaveBeenCalledOnce());
    cleanup();
    const second = renderDialog(false);
    fireEvent.click(screen.getByRole("button", { name: "Keep payment" }));
    await vi.waitFor(() => expect(second.onClose).toHaveBeenCalledOnce());
  });

  it("stays open on Escape while busy, so the answer has somewhere to show", async () => {
    const { dialog, onClose } = renderDialog(true);
    pressEscape(dialog);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(dialog instanceof HTMLDialogElement && dialog.open).toBe(true);
    expect(onClose).not.toHaveBeenCalled();
  });
});
