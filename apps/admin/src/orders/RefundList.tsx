import { formatDateTime, formatPrice } from "@petshop/ui";
import { TableScroller } from "../components/TableScroller";
import { caption, cell } from "./payment-tables";
import { REFUND_STATUS_LABELS, refundedBy } from "./payment-words";
import type { OrderRefund } from "./staff-order";

interface RefundListProps {
  refunds: readonly OrderRefund[];
  /** The order's, which its payments and so its refunds are in. */
  currency: string;
}

/** Every refund, oldest first: how much, why, who asked, where it stands, and whether stock went back. */
export function RefundList({ refunds, currency }: RefundListProps) {
  if (refunds.length === 0) {
    return <p className="text-sm text-muted">No refunds.</p>;
  }
  return (
    <TableScroller label="Refunds table">
      <table className="w-full text-left text-sm">
        <caption className={caption}>Refunds</caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className={`${cell} text-right`}>
              Amount
            </th>
            <th scope="col" className={cell}>
              Reason
            </th>
            <th scope="col" className={cell}>
              By
            </th>
            <th scope="col" className={cell}>
              Status
            </th>
            <th scope="col" className={cell}>
              Back on sale
            </th>
            <th scope="col" className={cell}>
              When
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {refunds.map((refund) => (
            <tr key={refund.id}>
              <td className={`${cell} text-right tabular-nums`}>
                {formatPrice(refund.amountMinor, currency)}
              </td>
              <td className={`${cell} whitespace-pre-line`}>{refund.reason}</td>
              <td className={cell}>{refundedBy(refund)}</td>
              <td className={`${cell} ${refund.status === "failed" ? "font-medium text-red-700" : ""}`}>
                {REFUND_STATUS_LABELS[refund.status]}
              </td>
              <td className={cell}>{refund.restock ? "Yes" : "No"}</td>
              <td className={`${cell} whitespace-nowrap tabular-nums`}>
                <time dateTime={refund.createdAt}>{formatDateTime(refund.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
