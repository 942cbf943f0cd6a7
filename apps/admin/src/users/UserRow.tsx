import { USER_ROLES, type UserRole } from "@petshop/db/constants";
import { formatDate, formatDateTime } from "@petshop/ui";
import { apiErrorMessage } from "@petshop/ui/forms";
import { ROLE_LABELS } from "../auth/roles";
import { button } from "../components/buttons";
import type { Column } from "../lists/ListTable";
import { AccountChangeDialog } from "./AccountChangeDialog";
import { type Account, useAccountChange } from "./useAccountChange";

const isUserRole = (value: string): value is UserRole => USER_ROLES.some((role) => role === value);

export const USER_COLUMNS: readonly Column[] = [
  { label: "Email" },
  { label: "Name" },
  { label: "Role" },
  { label: "Status" },
  { label: "Created" },
  { label: "Actions", align: "right", hidden: true },
];

/** One account: its details, and the role and disabled controls (never for one's own account). */
export function UserRow({ account, isSelf }: { account: Account; isSelf: boolean }) {
  const change = useAccountChange(account);
  const locked = isSelf || change.isPending;
  const selfNoteId = `self-note-${account.id}`;

  return (
    <>
      <tr className="hover:bg-stone-50">
        <td className="px-3 py-1.5 font-medium">{account.email}</td>
        <td className="px-3 py-1.5">
          {account.name}
          {isSelf ? (
            <span id={selfNoteId} className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-muted">
              You<span className="sr-only">: you cannot change your own account</span>
            </span>
          ) : null}
        </td>
        <td className="px-3 py-1.5">
          <select
            aria-label={`Role of ${account.email}`}
            aria-describedby={isSelf ? selfNoteId : undefined}
            value={account.role}
            disabled={locked}
            onChange={(event) => {
              const role = event.target.value;
              if (isUserRole(role) && role !== account.role) change.ask({ kind: "role", role });
            }}
            className="rounded border border-stone-300 bg-white px-1.5 py-0.5 text-sm disabled:opacity-60"
          >
            {USER_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </td>
        <td className="px-3 py-1.5">
          {account.disabledAt ? (
            <span className="font-medium text-red-700" title={`Since ${formatDateTime(account.disabledAt)}`}>
              Disabled
            </span>
          ) : (
            "Active"
          )}
        </td>
        <td className="px-3 py-1.5 tabular-nums">
          <time dateTime={account.createdAt}>{formatDate(account.createdAt)}</time>
        </td>
        <td className="px-3 py-1.5 text-right">
          <button
            type="button"
            disabled={locked}
            aria-describedby={isSelf ? selfNoteId : undefined}
            onClick={() => change.ask({ kind: "disabled", disabled: !account.disabledAt })}
            className={button.quiet}
          >
            {account.disabledAt ? "Enable" : "Disable"}
            <span className="sr-only"> {account.email}</span>
          </button>
          {change.asked ? (
            <AccountChangeDialog
              account={account}
              change={change.asked}
              onConfirm={change.confirm}
              onDismiss={change.dismiss}
            />
          ) : null}
        </td>
      </tr>
      {change.error ? (
        <tr>
          <td colSpan={USER_COLUMNS.length} className="px-3 pb-2">
            <p role="alert" className="text-xs font-medium text-red-700">
              {account.email}: {apiErrorMessage(change.error)}
            </p>
          </td>
        </tr>
      ) : null}
    </>
  );
}
