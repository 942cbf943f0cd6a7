import { ConfirmDialog } from "@petshop/ui/dialogs";
import type { ReactNode } from "react";
import { ROLE_EFFECTS, ROLE_LABELS } from "../auth/roles";
import type { Account, AccountChange } from "./useAccountChange";

interface AccountChangeDialogProps {
  account: Account;
  change: AccountChange;
  onConfirm: () => void;
  onDismiss: () => void;
}

/** Says what the change will do to whom, before it is made. */
export function AccountChangeDialog({ account, change, onConfirm, onDismiss }: AccountChangeDialogProps) {
  const { title, confirmLabel, body } = wordsFor(account, change);
  return (
    <ConfirmDialog
      density="compact"
      title={title}
      confirmLabel={confirmLabel}
      onConfirm={onConfirm}
      onDismiss={onDismiss}
    >
      <p>{body}</p>
    </ConfirmDialog>
  );
}

function wordsFor(
  account: Account,
  change: AccountChange,
): { title: string; confirmLabel: string; body: ReactNode } {
  const who = (
    <strong className="text-ink">
      {account.name} ({account.email})
    </strong>
  );
  if (change.kind === "role") {
    const role = ROLE_LABELS[change.role].toLowerCase();
    return {
      title: "Change role?",
      confirmLabel: `Make ${role}`,
      body: (
        <>
          {who} will be {role} instead of {ROLE_LABELS[account.role].toLowerCase()}.{" "}
          {ROLE_EFFECTS[change.role]}
        </>
      ),
    };
  }
  return change.disabled
    ? {
        title: "Disable account?",
        confirmLabel: "Disable account",
        body: (
          <>
            {who} will be signed out everywhere at once, and their API tokens stop working until the account
            is enabled again.
          </>
        ),
      }
    : {
        title: "Enable account?",
        confirmLabel: "Enable account",
        body: <>{who} will be able to sign in again, with the role they had.</>,
      };
}
