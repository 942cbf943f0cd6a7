import { formatDateTime, formatPrice } from "@petshop/ui";
import { TableScroller } from "../components/TableScroller";
import { caption, cell } from "./payment-tables";
import { ATTEMPT_STATUS_LABELS, PROVIDER_LABELS } from "./payment-words";
import type { PaymentAttempt } from "./staff-order";

/** Every attempt to pay, oldest first, with the provider's ids to look it up there. */
export function PaymentAttempts({ attempts }: { attempts: readonly PaymentAttempt[] }) {
  return (
    <TableScroller label="Payment attempts table">
      <table className="w-full text-left text-sm">
        <caption className={caption}>Attempts</caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className={cell}>
              Provider
            </th>
            <th scope="col" className={cell}>
              Status
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Amount
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Refunded
            </th>
            <th scope="col" className={cell}>
              Started
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {attempts.map((attempt) => (
            <tr key={attempt.id}>
              <td className={cell}>
                {PROVIDER_LABELS[attempt.provider]}
                <span className="block break-all font-mono text-xs text-muted">
                  {attempt.providerSessionId}
                </span>
                {attempt.providerPaymentId ? (
                  <span className="block break-all font-mono text-xs text-muted">
                    {attempt.providerPaymentId}
                  </span>
                ) : null}
              </td>
              <td className={cell}>{ATTEMPT_STATUS_LABELS[attempt.status]}</td>
              <td className={`${cell} text-right tabular-nums`}>
                {formatPrice(attempt.amountMinor, attempt.currency)}
              </td>
              <td className={`${cell} text-right tabular-nums`}>
                {formatPrice(attempt.refundedMinor, attempt.currency)}
              </td>
              <td className={`${cell} whitespace-nowrap tabular-nums`}>
                <time dateTime={attempt.createdAt}>{formatDateTime(attempt.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
