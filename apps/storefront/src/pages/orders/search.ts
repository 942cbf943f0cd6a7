import * as z from "zod/mini";

// The order page's URL, read by the router before the (lazily loaded) page arrives; zod/mini, as
// the router is part of every first load.

export const orderSearch = z.object({
  /** `?placed=true`: the customer has just checked out, so the page says thank you. */
  placed: z.catch(z.optional(z.boolean()), undefined),
  /**
   * Where the payment provider sends the customer back to (packages/api start-payment.ts):
   * `returned` when they finished there, `cancelled` when they gave up or were declined.
   */
  payment: z.catch(z.optional(z.enum(["returned", "cancelled"])), undefined),
});

export type PaymentReturn = NonNullable<z.infer<typeof orderSearch>["payment"]>;
