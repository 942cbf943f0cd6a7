import { type RouterInputs, useTRPC } from "@petshop/client/react";
import { hasErrorCode } from "@petshop/ui/forms";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef } from "react";

/**
 * Puts animals in the cart; an anonymous visitor's first add starts their cart (the server sets its
 * cookie). One click, one add: a click before the last add was answered (a double click, which
 * lands before React can disable the button) is ignored.
 */
export function useAddToCart() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const adding = useRef(false);
  const mutation = useMutation(
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
  const { mutate } = mutation;
  const addOnce = useCallback(
    (input: RouterInputs["cart"]["add"], options: { onSuccess?: () => void } = {}) => {
      if (adding.current) return;
      adding.current = true;
      mutate(input, {
        onSuccess: () => options.onSuccess?.(),
        onSettled: () => {
          adding.current = false;
        },
      });
    },
    [mutate],
  );
  return { ...mutation, mutate: addOnce };
}
