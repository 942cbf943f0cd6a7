import { useTRPC } from "@petshop/client/react";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { StaffOrder } from "./staff-order";

/**
 * After any action: the order the server answered with becomes the cached one (so the page shows
 * its new state without another round trip), and every order list is fetched again on next view.
 * `reload` is for an action refused because the order moved meanwhile, and for one that answers
 * without the order (a refund): the page then shows how it stands now, by the time it resolves.
 */
export function useOrderCache() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMemo(
    () => ({
      store: (order: StaffOrder) => {
        queryClient.setQueryData(trpc.orders.adminById.queryKey({ orderId: order.id }), order);
        void queryClient.invalidateQueries(trpc.orders.adminList.pathFilter());
      },
      reload: (orderId: string): Promise<void> => {
        void queryClient.invalidateQueries(trpc.orders.adminList.pathFilter());
        return queryClient.invalidateQueries(trpc.orders.adminById.queryFilter({ orderId }));
      },
    }),
    [trpc, queryClient],
  );
}
