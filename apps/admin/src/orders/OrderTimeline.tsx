import { formatDateTime } from "@petshop/ui";
import type { ReactNode } from "react";
import type { OrderEvent } from "./staff-order";
import { actorOf, headlineOf } from "./timeline-words";

interface OrderTimelineProps {
  /** Oldest first, as the API gives them. */
  events: readonly OrderEvent[];
  /** Below the events: the form that adds to them. */
  children?: ReactNode;
}

/** Every status change (who, when, why) and every staff note, in the order they happened. */
export function OrderTimeline({ events, children }: OrderTimelineProps) {
  return (
    <section aria-labelledby="timeline-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="timeline-heading" className="text-base font-semibold">
        Timeline
      </h2>
      {events.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nothing has been recorded yet.</p>
      ) : (
        <ol aria-label="Events" className="mt-2 flex flex-col border-l-2 border-stone-200">
          {events.map((event) => (
            <TimelineEntry key={event.id} event={event} />
          ))}
        </ol>
      )}
      {children ? <div className="mt-4 border-t border-stone-100 pt-4">{children}</div> : null}
    </section>
  );
}

function TimelineEntry({ event }: { event: OrderEvent }) {
  const { from, to } = headlineOf(event);
  return (
    <li className="relative py-1.5 pl-4 text-sm">
      <span
        aria-hidden="true"
        className={`absolute -left-[5px] top-3 size-2 rounded-full ${event.kind === "note" ? "bg-stone-400" : "bg-brand-700"}`}
      />
      <p>
        <span className="font-medium">
          {from ? (
            <>
              {from} <span aria-hidden="true">→</span>
              <span className="sr-only">to</span> {to}
            </>
          ) : (
            to
          )}
        </span>{" "}
        <span className="text-muted">
          by {actorOf(event)} · <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
        </span>
      </p>
      {event.reason ? (
        <p className={`whitespace-pre-line ${event.kind === "note" ? "" : "text-muted"}`}>
          {event.kind === "note" ? event.reason : `“${event.reason}”`}
        </p>
      ) : null}
    </li>
  );
}
