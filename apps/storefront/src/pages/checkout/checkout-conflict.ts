import type { CheckoutConflict } from "@petshop/client/react";
import { isApiError } from "@petshop/ui/forms";

// A refused checkout's details (`error.data.details`), typed by the API's error formatter.

export type { CheckoutConflict, CheckoutLine as CheckoutConflictLine } from "@petshop/client/react";

/** The conflict a failed checkout reports, if that is why it failed. */
export function readCheckoutConflict(error: unknown): CheckoutConflict | undefined {
  if (!isApiError(error) || error.data?.code !== "CONFLICT") return undefined;
  const details = error.data.details;
  return details?.reason === "price_changed" || details?.reason === "unavailable" ? details : undefined;
}
