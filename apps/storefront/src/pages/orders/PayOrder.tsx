import { useTRPC } from "@petshop/client/react";
import { formatPrice } from "@petshop/ui";
import { apiErrorMessage, hasErrorCode } from "@petshop/ui/forms";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { button } from "../../components/buttons";
import { FormError } from "../../components/form";
import { useLoadPage } from "../../components/page-load";
import type { Order } from "./order-type";

/**
 * Pays an order awaiting payment: the shop opens an attempt at the payment provider (or reuses the
 * open one, so pressing twice is harmless) and the browser goes to the provider's page.
 */
export function PayOrder({ order }: { order: Order }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const loadPage = useLoadPage();
  const start = useMutation(
    trpc.payments.start.mutationOptions({
      onSuccess: ({ redirectUrl }) => loadPage(redirectUrl),
      // Paid, cancelled or past its hold meanwhile: show the order as it is now, next to the reason.
      onError: (error) =>
        hasErrorCode(error, "CONFLICT")
          ? queryClient.invalidateQueries({ queryKey: trpc.orders.byId.queryKey({ orderId: order.id }) })
          : undefined,
    }),
  );

  // Coming back with the browser's Back button can restore this page as it was left, button
  // disabled on its way out; make it usable again.
  const { reset } = start;
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) reset();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, [reset]);

  // Once the provider's address is known the browser is leaving: the button stays disabled.
  const leaving = start.isSuccess;
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        onClick={() => start.mutate({ orderId: order.id })}
        disabled={start.isPending || leaving}
        className={`${button.primary} w-full py-3 text-lg sm:w-auto sm:self-start sm:px-8`}
      >
        {start.isPending
          ? "Starting payment…"
          : leaving
            ? "Taking you to payment…"
            : `Pay ${formatPrice(order.totalMinor, order.currency)}`}
      </button>
      <FormError message={start.isError ? apiErrorMessage(start.error) : undefined} />
    </div>
  );
}
