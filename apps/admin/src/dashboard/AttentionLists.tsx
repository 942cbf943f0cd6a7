import { useTRPC } from "@petshop/client/react";
import { formatDateTime } from "@petshop/ui";
import { useQuery } from "@tanstack/react-query";
import { AttentionList } from "./AttentionList";
import { LoadFailure } from "./LoadFailure";
import { Panel } from "./Panel";

const SHOWN = 5;
/** The API's own default window, named here so the empty list can say it. */
const EXPIRING_WITHIN_MINUTES = 10;
// Holds end minute by minute; the lists are asked again while the page stays open.
const REFRESH_MS = 60_000;

const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso)}</time>;

/** Orders staff should act on now: payment problems, holds about to end, and orders to hand over. */
export function AttentionLists() {
  const trpc = useTRPC();
  const query = useQuery(
    trpc.reports.attention.queryOptions(
      { limit: SHOWN, expiringWithinMinutes: EXPIRING_WITHIN_MINUTES },
      { refetchInterval: REFRESH_MS },
    ),
  );
  const lists = query.data;
  // One reading of the clock per render, so every row judges "overdue" against the same moment.
  const now = Date.now();
  return (
    <Panel title="Needs attention" busy={query.isPending}>
      {query.isError && !lists ? (
        <LoadFailure what="The orders needing attention" onRetry={() => query.refetch()} />
      ) : !lists ? (
        <p role="status" className="min-h-24 text-sm text-muted">
          Loading the orders needing attention…
        </p>
      ) : (
        <div className="grid gap-x-6 gap-y-4 md:grid-cols-3">
          <AttentionList
            title="Payment problems"
            orders={lists.flagged}
            empty="No payment problems."
            detail={(order) => <p className="line-clamp-2 text-amber-950">{order.attention}</p>}
          />
          <AttentionList
            title="Unpaid, hold ending soon"
            orders={lists.expiringSoon}
            status="pending_payment"
            empty={`No hold ends in the next ${EXPIRING_WITHIN_MINUTES} minutes.`}
            detail={(order) =>
              order.expiresAt === null ? null : Date.parse(order.expiresAt) > now ? (
                <p>Held until {when(order.expiresAt)}</p>
              ) : (
                <p className="font-medium text-red-700">Hold ran out {when(order.expiresAt)}</p>
              )
            }
          />
          <AttentionList
            title="Paid, waiting to be fulfilled"
            orders={lists.awaitingFulfilment}
            status="paid"
            empty="Every paid order has been fulfilled."
            detail={(order) => (order.paidAt === null ? null : <p>Paid {when(order.paidAt)}</p>)}
          />
        </div>
      )}
    </Panel>
  );
}
