import { useTRPC } from "@petshop/client/react";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { safeRedirect } from "./safe-redirect";

/** After signing in or up: learn who is signed in and their cart, then go where the visitor was headed. */
export function useAfterSignIn(redirect: string | undefined) {
  const navigate = useNavigate();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Awaited, so the page we go to already knows who is signed in and does not bounce back here.
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.users.me.queryKey() }),
      // The server moved the visitor's anonymous cart into the account's: show the merged cart.
      queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() }),
    ]);
    await navigate({ href: safeRedirect(redirect), replace: true });
  };
}
