import { use, useEffect } from "react";
import type * as OrderForms from "./order-forms";

// The order page's forms bring react-hook-form and the API's zod schemas, which weigh more than
// the rest of the page. So they load alongside the order rather than ahead of it: OrderPage starts
// fetching them as it asks for the order, and shows the order once both have arrived.

let loading: Promise<typeof OrderForms> | undefined;

/**
 * One promise for the whole page: once React has waited for it, every other caller (the buttons
 * whose confirmations open on a click) gets the forms without waiting again. A failed load is
 * forgotten, to be tried again.
 */
function loadForms(): Promise<typeof OrderForms> {
  loading ??= import("./order-forms").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Starts loading the forms' code at once, so it arrives alongside the order, not after it. */
export function usePreloadedOrderForms(): void {
  useEffect(() => {
    // A failure here is shown where the forms are asked for.
    loadForms().catch(() => undefined);
  }, []);
}

/** The order page's forms and dialogs; suspends until their code is in (OrderPage waits for it). */
export function useOrderForms(): typeof OrderForms {
  return use(loadForms());
}
