import { z } from "zod";

// The order page's URL, read by the router before the (lazily loaded) page arrives.

/** `/account/orders/…?placed=true`: the customer has just checked out, so the page says thank you. */
export const orderSearch = z.object({ placed: z.boolean().optional().catch(undefined) });
