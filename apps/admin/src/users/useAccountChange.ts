import { type RouterOutputs, useTRPC } from "@petshop/client/react";
import type { UserRole } from "@petshop/db/constants";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

export type Account = RouterOutputs["users"]["list"]["items"][number];

/** A change an admin asked for and has not confirmed yet. */
export type AccountChange = { kind: "role"; role: UserRole } | { kind: "disabled"; disabled: boolean };

/** One account's role and disabled state: asked for, then confirmed, then sent. */
export function useAccountChange(account: Account) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [asked, setAsked] = useState<AccountChange | null>(null);

  // Returning the refresh keeps the mutation pending until the list shows the new state, so the
  // row never flicks back to the old one in between.
  const refreshList = () => queryClient.invalidateQueries(trpc.users.list.pathFilter());
  const setRole = useMutation(trpc.users.setRole.mutationOptions({ onSuccess: refreshList }));
  const setDisabled = useMutation(trpc.users.setDisabled.mutationOptions({ onSuccess: refreshList }));

  const confirm = () => {
    if (!asked) return;
    setRole.reset();
    setDisabled.reset();
    if (asked.kind === "role") setRole.mutate({ id: account.id, role: asked.role });
    else setDisabled.mutate({ id: account.id, disabled: asked.disabled });
    setAsked(null);
  };

  return {
    asked,
    ask: setAsked,
    dismiss: () => setAsked(null),
    confirm,
    isPending: setRole.isPending || setDisabled.isPending,
    error: setRole.error ?? setDisabled.error,
  };
}
