import { useTRPC } from "@petshop/client/react";
import { hasErrorCode, showServerErrors } from "@petshop/ui/forms";
import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import type { UseFormSetError } from "react-hook-form";
import { type CheckoutConflict, readCheckoutConflict } from "./checkout-conflict";
import { CHECKOUT_FIELDS, type CheckoutDetails, type CheckoutFormValues } from "./checkout-form";

/** A refused checkout: why, and the total it was sent with (to say what a changed total was). */
export interface Refusal {
  conflict: CheckoutConflict;
  sentTotalMinor: number;
}

/** Sends the checkout, and keeps what the customer must know or confirm when it is refused. */
/** `onPlaced` runs once the order exists (the checkout's draft can go). */
export function usePlaceOrder(setError: UseFormSetError<CheckoutFormValues>, onPlaced: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // One key per checkout attempt. A retry after a lost answer, a double click, or the same order
  // at a confirmed new total is the same attempt: the server then answers with the order the
  // first try placed instead of placing a second one.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [refusal, setRefusal] = useState<Refusal>();
  const invalidate = (queryKey: QueryKey, refetch = true) =>
    queryClient.invalidateQueries({ queryKey, refetchType: refetch ? "active" : "none" });

  const checkout = useMutation(
    trpc.orders.checkout.mutationOptions({
      onSuccess: async (order) => {
        onPlaced();
        queryClient.setQueryData(trpc.orders.byId.queryKey({ orderId: order.id }), order);
        await navigate({
          to: "/account/orders/$orderId",
          params: { orderId: order.id },
          search: { placed: true },
        });
        // Only once we have left: here, the emptied cart would flash "your cart is empty" first.
        await Promise.all([
          invalidate(trpc.cart.get.queryKey()),
          invalidate(trpc.orders.list.pathKey()),
          // Stock was taken, so the catalogue's counts are old.
          invalidate(trpc.animals.pathKey()),
        ]);
      },
      onError: (error, sent) => {
        const conflict = readCheckoutConflict(error);
        if (conflict) {
          setRefusal({ conflict, sentTotalMinor: sent.expectedTotalMinor });
          // New prices: show the lines at them. Missing animals: mark the cart old without fetching
          // it now, or this page would swap the form and its explanation for the cart's problems.
          return invalidate(trpc.cart.get.queryKey(), conflict.reason === "price_changed");
        }
        // Signed out meanwhile (elsewhere, or the session ran out): the page asks to sign in again.
        if (hasErrorCode(error, "UNAUTHORIZED")) return invalidate(trpc.users.me.queryKey());
        // Refused with no details: this key already placed an order for a different cart, so it can
        // never succeed again, and the next try is a new attempt.
        if (hasErrorCode(error, "CONFLICT")) setIdempotencyKey(crypto.randomUUID());
        showServerErrors(error, setError, CHECKOUT_FIELDS);
      },
    }),
  );

  return {
    /** Places the order at the total the customer saw and confirmed. */
    place: (details: CheckoutDetails, expectedTotalMinor: number) =>
      checkout.mutate({ ...details, idempotencyKey, expectedTotalMinor }),
    pending: checkout.isPending,
    /** The last refusal that needs the customer: a new total to confirm, or lines to fix. */
    refusal,
  };
}
