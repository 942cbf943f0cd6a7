import { useTRPC } from "@petshop/client/react";
import { hasErrorCode } from "@petshop/ui/forms";
import { useMutation, useQueryClient } from "@tanstack/react-query";

/** Puts animals in the cart; an anonymous visitor's first add starts their cart (the server sets its cookie). */
export function useAddToCart() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.cart.add.mutationOptions({
      // The answer is the whole cart, so the header and every card update without asking again.
      onSuccess: (cart) => queryClient.setQueryData(trpc.cart.get.queryKey(), cart),
      onError: (error) => {
        // Sold out, or fewer left than the page showed: the page's numbers are old, so fetch afresh.
        if (hasErrorCode(error, "CONFLICT") || hasErrorCode(error, "NOT_FOUND")) {
          return Promise.all([
            queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() }),
            queryClient.invalidateQueries({ queryKey: trpc.animals.pathKey() }),
          ]);
        }
      },
    }),
  );
}
