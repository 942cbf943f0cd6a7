import { BusyButton } from "@petshop/ui";
import type { ReactNode } from "react";

interface SubmitButtonProps {
  children: ReactNode;
  /** While the request is on its way: the button is disabled so it cannot be sent twice. */
  pending: boolean;
  pendingLabel: string;
}

/** A form's main button: full width on a phone, as wide as its words from there up. */
export function SubmitButton({ children, pending, pendingLabel }: SubmitButtonProps) {
  return (
    <BusyButton
      type="submit"
      busy={pending}
      busyLabel={pendingLabel}
      className="w-full rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white transition hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60 sm:w-auto sm:self-start"
    >
      {children}
    </BusyButton>
  );
}
