import { useTRPC } from "@petshop/client/react";
import { hasErrorCode } from "@petshop/ui/forms";
import { hashKey, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

/**
 * A session can end while the app is open (it expires, or an admin disables the account). The
 * first call refused as UNAUTHORIZED re-reads users.me, so the gate shows the sign-in form instead
 * of every page failing one by one.
 */
export function useRecheckSessionOnUnauthorized(): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  useEffect(() => {
    const meKey = trpc.users.me.queryKey();
    const meHash = hashKey(meKey);
    const recheck = () => queryClient.invalidateQueries({ queryKey: meKey, exact: true });
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      // users.me itself is left out: re-reading it because it failed would loop.
      if (event.type !== "updated" || event.query.queryHash === meHash) return;
      if (event.action.type === "error" && hasErrorCode(event.action.error, "UNAUTHORIZED")) void recheck();
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type !== "updated") return;
      if (event.action.type === "error" && hasErrorCode(event.action.error, "UNAUTHORIZED")) void recheck();
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [trpc, queryClient]);
}
