import { ROLE_EFFECTS, ROLE_LABELS } from "../auth/roles";
import { ConfirmDialog } from "../components/ConfirmDialog";
import type { Account, AccountChange } from "./useAccountChange";

interface AccountChangeDialogProps {
  account: Account;
  change: AccountChange;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says what the change will do to whom, before it is made. */
export function AccountChangeDialog({ account, change, onConfirm, onCancel }: AccountChangeDialogProps) {
  const who = (
    <strong className="text-ink">
      {account.name} ({account.email})
    </strong>
  );
  if (change.kind === "role") {
    return (
      <ConfirmDialog
        title="Change role?"
        confirmLabel={`Make ${ROLE_LABELS[change.role].toLowerCase()}`}
        onConfirm={onConfirm}
        onCancel={onCancel}
      >
        <p>
          {who} will be {ROLE_LABELS[change.role].toLowerCase()} instead of{" "}
          {ROLE_LABELS[account.role].toLowerCase()}. {ROLE_EFFECTS[change.role]}
        </p>
      </ConfirmDialog>
    );
  }
  return change.disabled ? (
    <ConfirmDialog
      title="Disable account?"
      confirmLabel="Disable account"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        {who} will be signed out everywhere at once, and their API tokens stop working until the account is
        enabled again.
      </p>
    </ConfirmDialog>
  ) : (
    <ConfirmDialog
      title="Enable account?"
      confirmLabel="Enable account"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{who} will be able to sign in again, with the role they had.</p>
    </ConfirmDialog>
  );
}
