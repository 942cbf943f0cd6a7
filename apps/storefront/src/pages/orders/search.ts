import { z } from "zod";

// The order page's URL, read by the router before the (lazily loaded) page arrives.

export const orderSearch = z.object({
  /** `?placed=true`: the customer has just checked out, so the page says thank you. */
  placed: z.boolean().optional().catch(undefined),
  /**
   * Where the payment provider sends the customer back to (packages/api start-payment.ts):
   * `returned` when they finished there, `cancelled` when they gave up or were declined.
   */
  payment: z.enum(["returned", "cancelled"]).optional().catch(undefined),
});

export type PaymentReturn = NonNullable<z.infer<typeof orderSearch>["payment"]>;
