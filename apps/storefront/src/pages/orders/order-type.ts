import type { RouterOutputs } from "@petshop/client/react";

/** One of the customer's orders with its lines, as `orders.byId` (and checkout, cancel) return it. */
export type Order = RouterOutputs["orders"]["byId"];
