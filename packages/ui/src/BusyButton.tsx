import type { ComponentProps } from "react";

interface BusyButtonProps extends ComponentProps<"button"> {
  /** While its action runs: the button is disabled, so it cannot be pressed twice, and says so. */
  busy: boolean;
  /** What it says meanwhile, e.g. "Signing out…". */
  busyLabel: string;
}

/** A button whose action takes a moment (a request): `type="button"` unless told otherwise. */
export function BusyButton({
  busy,
  busyLabel,
  disabled,
  children,
  type = "button",
  ...button
}: BusyButtonProps) {
  return (
    <button type={type} disabled={busy || disabled} {...button}>
      {busy ? busyLabel : children}
    </button>
  );
}
