import { type RouterOutputs, useTRPC } from "@petshop/client/react";
import { formatDate, formatDateTime } from "@petshop/ui";
import { ConfirmDialog } from "@petshop/ui/dialogs";
import { apiErrorMessage } from "@petshop/ui/forms";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { button } from "../components/buttons";
import type { Column } from "../lists/ListTable";

export type ApiToken = RouterOutputs["users"]["listApiTokens"][number];

export const TOKEN_COLUMNS: readonly Column[] = [
  { label: "Name" },
  { label: "Created" },
  { label: "Expires" },
  { label: "Last used" },
  { label: "Actions", align: "right", hidden: true },
];

/** One of the caller's tokens, with Revoke behind a confirmation. */
export function TokenRow({ token, now }: { token: ApiToken; now: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const revoke = useMutation(
    trpc.users.revokeApiToken.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.users.listApiTokens.queryFilter()),
    }),
  );
  const expired = Date.parse(token.expiresAt) <= now;

  return (
    <>
      <tr className="hover:bg-stone-50">
        <td className="px-3 py-1.5 font-medium">{token.name}</td>
        <td className="px-3 py-1.5 tabular-nums">
          <time dateTime={token.createdAt}>{formatDate(token.createdAt)}</time>
        </td>
        <td className={`px-3 py-1.5 tabular-nums ${expired ? "font-medium text-red-700" : ""}`}>
          {expired ? "Expired " : null}
          <time dateTime={token.expiresAt}>{formatDate(token.expiresAt)}</time>
        </td>
        <td className="px-3 py-1.5 tabular-nums">
          {token.lastUsedAt ? (
            <time dateTime={token.lastUsedAt}>{formatDateTime(token.lastUsedAt)}</time>
          ) : (
            <span className="text-muted">Never</span>
          )}
        </td>
        <td className="px-3 py-1.5 text-right">
          <button
            type="button"
            disabled={revoke.isPending}
            onClick={() => {
              revoke.reset();
              setAsking(true);
            }}
            className={button.quiet}
          >
            {revoke.isPending ? "Revoking…" : "Revoke"}
            <span className="sr-only"> {token.name}</span>
          </button>
          {asking ? (
            <ConfirmDialog
              density="compact"
              title="Revoke token?"
              confirmLabel="Revoke token"
              onConfirm={() => {
                setAsking(false);
                revoke.mutate({ id: token.id });
              }}
              onDismiss={() => setAsking(false)}
            >
              <p>
                Scripts using <strong className="text-ink">{token.name}</strong> will be refused from now on.
                This cannot be undone.
              </p>
            </ConfirmDialog>
          ) : null}
        </td>
      </tr>
      {revoke.isError ? (
        <tr>
          <td colSpan={TOKEN_COLUMNS.length} className="px-3 pb-2">
            <p role="alert" className="text-xs font-medium text-red-700">
              {token.name}: {apiErrorMessage(revoke.error)}
            </p>
          </td>
        </tr>
      ) : null}
    </>
  );
}
