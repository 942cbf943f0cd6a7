import { useTRPC } from "@petshop/client/react";
import { hasErrorCode } from "@petshop/ui/forms";
import { hashKey, useMutation, useQueryClient } from "@tanstack/react-query";

/** Ends the session and forgets everything fetched for it. */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  const forgetSession = () => {
    const meKey = trpc.users.me.queryKey();
    // The gate's observer stays attached to the users.me entry, so that entry is set to null (the
    // sign-in form shows at once) rather than removed; everything else goes, so nothing of this
    // account's data, such as a token just created, is left for whoever signs in next.
    const meHash = hashKey(meKey);
    queryClient.setQueryData(meKey, null);
    queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
    queryClient.getMutationCache().clear();
  };

  return useMutation(
    trpc.users.logout.mutationOptions({
      onSuccess: forgetSession,
      onError: (error) => {
        // The session had already ended (expired, or the account was disabled): signed out anyway.
        if (hasErrorCode(error, "UNAUTHORIZED")) forgetSession();
      },
    }),
  );
}
