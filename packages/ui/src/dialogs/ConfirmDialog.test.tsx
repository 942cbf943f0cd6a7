// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfirmDialog } from "./ConfirmDialog";
import { pressEscape } from "./press-escape";

afterEach(cleanup);

/** A page with a button that asks before acting, as the apps use the dialog. */
function Asking({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  const question = (
    <ConfirmDialog
      title="Cancel this order?"
      confirmLabel="Cancel order"
      dismissLabel="Keep my order"
      onConfirm={() => [close(), onConfirm()]}
      onDismiss={close}
    >
      Your animals go back on sale.
    </ConfirmDialog>
  );
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Cancel order
      </button>
      {open ? question : null}
    </>
  );
}

function open(onConfirm = vi.fn()) {
  render(<Asking onConfirm={onConfirm} />);
  const trigger = screen.getByRole("button", { name: "Cancel order" });
  trigger.focus();
  fireEvent.click(trigger);
  return { trigger, dialog: screen.getByRole("dialog", { name: "Cancel this order?" }), onConfirm };
}

describe("the confirm dialog", () => {
  it("is a modal named by its question and described by what will happen", () => {
    const { dialog } = open();
    expect(dialog instanceof HTMLDialogElement && dialog.open).toBe(true);
    const description = document.getElementById(dialog.getAttribute("aria-describedby") ?? "");
    expect(description?.textContent).toBe("Your animals go back on sale.");
  });

  it("puts focus on the way out, and gives it back to the trigger when dismissed", async () => {
    const { trigger, dialog, onConfirm } = open();
    const keep = screen.getByRole("button", { name: "Keep my order" });
    expect(document.activeElement).toBe(keep);
    fireEvent.click(keep);
    await vi.waitFor(() => expect(dialog.isConnected).toBe(false));
    expect(document.activeElement).toBe(trigger);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("closes without acting on Escape", async () => {
    const { dialog, onConfirm } = open();
    pressEscape(dialog);
    await vi.waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("acts when confirmed", () => {
    const { onConfirm } = open();
    const [, confirm] = screen.getAllByRole("button", { name: "Cancel order" });
    if (!confirm) throw new Error("no confirm button");
    fireEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
