import { ORDER_STATUS_LABELS } from "@petshop/ui";
import { ACTOR_LABELS, type OrderEvent } from "./staff-order";

/**
 * Who made a change, as staff would say it. The name is missing for the shop's own jobs, and for
 * an account deleted since; the kind of actor is kept either way.
 */
export function actorOf(event: OrderEvent): string {
  if (event.actorKind === "system") return "the shop (automatic)";
  const name = event.actorName ?? "a deleted account";
  return `${name} (${ACTOR_LABELS[event.actorKind]})`;
}

/** What happened: "Placed: Awaiting payment", "Awaiting payment → Cancelled", or "Note". */
export function headlineOf(event: OrderEvent): { from: string | null; to: string } {
  if (event.kind === "note") return { from: null, to: "Note" };
  const to = event.toStatus ? ORDER_STATUS_LABELS[event.toStatus] : "Unknown status";
  return event.fromStatus
    ? { from: ORDER_STATUS_LABELS[event.fromStatus], to }
    : { from: null, to: `Placed: ${to}` };
}
