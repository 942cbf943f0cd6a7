import type { OrderStatus } from "@petshop/db/constants";
import { Badge, type BadgeTone } from "../Badge";
import type { Density } from "../density";
import { ORDER_STATUS_LABELS } from "../labels";

// Coloured by who acts next: amber waits on the customer, blue on the shop, green is done, grey is
// over without a sale, violet is money given back. The same for customers and staff.
const TONES: Record<OrderStatus, BadgeTone> = {
  pending_payment: "amber",
  paid: "sky",
  fulfilled: "green",
  cancelled: "stone",
  expired: "stone",
  refunded: "violet",
};

/** An order's status in words, in its colour. */
export function OrderStatusBadge({ status, density }: { status: OrderStatus; density?: Density }) {
  return (
    <Badge tone={TONES[status]} density={density ?? "comfortable"}>
      {ORDER_STATUS_LABELS[status]}
    </Badge>
  );
}
