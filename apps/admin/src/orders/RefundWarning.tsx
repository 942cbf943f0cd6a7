import { formatPrice, ORDER_STATUS_LABELS } from "@petshop/ui";
import type { StaffOrder } from "./staff-order";

interface RefundWarningProps {
  id: string;
  order: StaffOrder;
  /** In minor units; undefined while the amount typed is not a valid one. */
  sum: number | undefined;
  /** Whether the sum is all that is left, which refunds the order in full. */
  full: boolean;
  restock: boolean;
}

/** What the refund will do, said once more right above the button that does it. */
export function RefundWarning({ id, order, sum, full, restock }: RefundWarningProps) {
  const animals = order.lines.reduce((total, line) => total + line.quantity, 0);
  const money = sum === undefined ? "The amount above" : formatPrice(sum, order.currency);
  const then = full
    ? `, and the order becomes ${ORDER_STATUS_LABELS.refunded.toLowerCase()}${
        restock
          ? `; ${animals === 1 ? "the animal goes" : `the ${animals} animals go`} back on sale at once`
          : ""
      }`
    : `; the order stays ${ORDER_STATUS_LABELS[order.status].toLowerCase()}`;
  return (
    <p id={id} className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
      {money} goes back to {order.customer.name}
      {sum === undefined ? "" : then}. This cannot be undone.
    </p>
  );
}
