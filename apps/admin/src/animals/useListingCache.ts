import { useTRPC } from "@petshop/client/react";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { StaffAnimal } from "./listing-form";

/**
 * After any write: the listing the server answered with becomes the cached one (so the page shows
 * it without another round trip), and every inventory list is fetched again on next view.
 */
export function useStoreListing() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (animal: StaffAnimal) => {
      queryClient.setQueryData(trpc.animals.byId.queryKey({ id: animal.id }), animal);
      void queryClient.invalidateQueries(trpc.animals.list.pathFilter());
    },
    [trpc, queryClient],
  );
}
