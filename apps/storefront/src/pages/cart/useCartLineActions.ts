import { useTRPC } from "@petshop/client/react";
import { apiErrorMessage } from "@petshop/ui/forms";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { CartLine, CartView } from "../../components/cart/useCart";

/** Changing and removing cart lines, with one sentence about how the last change went. */
export function useCartLineActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string>();
  const [problem, setProblem] = useState<string>();

  // Each answer is the whole cart, so the page, the header and the cards update at once.
  const show = (cart: CartView, message: string) => {
    queryClient.setQueryData(trpc.cart.get.queryKey(), cart);
    setNotice(message);
  };
  const fail = (error: unknown) => {
    setProblem(apiErrorMessage(error));
    // A refusal (fewer left than the page showed, already gone) means our copy is old.
    return queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() });
  };
  const start = () => {
    setProblem(undefined);
    setNotice(undefined);
  };

  const setQuantity = useMutation(trpc.cart.setQuantity.mutationOptions({ onMutate: start, onError: fail }));
  const remove = useMutation(trpc.cart.remove.mutationOptions({ onMutate: start, onError: fail }));

  return {
    notice,
    problem,
    /** Whether a change to this line is on its way, so its controls wait for it. */
    isBusy: (line: CartLine) =>
      (setQuantity.isPending && setQuantity.variables?.animalId === line.animalId) ||
      (remove.isPending && remove.variables?.animalId === line.animalId),
    changeQuantity: (line: CartLine, quantity: number) =>
      setQuantity.mutate(
        { animalId: line.animalId, quantity },
        { onSuccess: (cart) => show(cart, `${line.name}: quantity changed to ${quantity}.`) },
      ),
    removeLine: (line: CartLine, onRemoved?: () => void) =>
      remove.mutate(
        { animalId: line.animalId },
        {
          onSuccess: (cart) => {
            show(cart, `Removed ${line.name} from your cart.`);
            onRemoved?.();
          },
        },
      ),
  };
}
