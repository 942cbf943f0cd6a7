import { formatDateTime } from "@petshop/ui";
import { TableScroller } from "../components/TableScroller";
import { caption, cell } from "./payment-tables";
import { eventOutcomeLabel, eventTypeLabel } from "./payment-words";
import type { ProviderEvent } from "./staff-order";

/** What the providers told the shop, in the order it arrived, and what each message did. */
export function ProviderEvents({ events }: { events: readonly ProviderEvent[] }) {
  if (events.length === 0) {
    return <p className="text-sm text-muted">No word from the provider yet.</p>;
  }
  return (
    <TableScroller label="Provider events table">
      <table className="w-full text-left text-sm">
        <caption className={caption}>Provider events</caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className={cell}>
              Event
            </th>
            <th scope="col" className={cell}>
              Outcome
            </th>
            <th scope="col" className={cell}>
              Received
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {events.map((event) => (
            <tr key={event.id}>
              <td className={cell}>
                {eventTypeLabel(event.type, event.provider)}
                <span className="block break-all font-mono text-xs text-muted">{event.providerEventId}</span>
              </td>
              <td className={cell}>{eventOutcomeLabel(event.outcome)}</td>
              <td className={`${cell} whitespace-nowrap tabular-nums`}>
                <time dateTime={event.receivedAt}>{formatDateTime(event.receivedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
