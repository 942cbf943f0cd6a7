import type { RouterInputs, RouterOutputs } from "@petshop/client/react";
import { ORDER_TRANSITIONS, type OrderStatus } from "@petshop/db/constants";
import { FakeApiError, type Handlers } from "@petshop/ui/testing";
import { listedOrder } from "./fixtures";

type StaffOrder = RouterOutputs["orders"]["adminById"];
type OrderEvent = StaffOrder["events"][number];
type OrderRefund = StaffOrder["payments"]["refunds"][number];
type RefundInput = RouterInputs["payments"]["refund"];

/** The state machine's words for a refusal, as the server says them. */

const STATUS_WORDS: Record<OrderStatus, string> = {
  pending_payment: "awaiting payment",
  paid: "paid",
  fulfilled: "fulfilled",
  cancelled: "cancelled",
  expired: "expired",
  refunded: "refunded",
};

const NOW = "2026-11-21T12:00:00.000Z";

/**
 * The staff order procedures over in-memory orders, keeping the server's rules that pages depend
 * on: only the state machine's moves (anything else is a CONFLICT in its words), each recorded on
 * the timeline with the staff member's name, and every action answering with the order as it is
 * now (order-views.ts, order-status.ts). Refunds keep payments/refunds.ts's rules and words.
 */
export function fakeOrders(initial: StaffOrder[], { staffName = "Sam staff" } = {}) {
  const orders = new Map(initial.map((order) => [order.id, order]));
  let eventId = 9000;
  let refundId = 0;

  const find = (id: string) => {
    const order = orders.get(id);
    if (!order) throw new FakeApiError("NOT_FOUND", "No such order.");
    return order;
  };
  const record = (id: string, event: Pick<OrderEvent, "kind" | "fromStatus" | "toStatus" | "reason">) => {
    eventId += 1;
    const order = find(id);
    const next: StaffOrder = {
      ...order,
      events: [
        ...order.events,
        { ...event, id: String(eventId), actorKind: "staff", actorName: staffName, createdAt: NOW },
      ],
    };
    orders.set(id, next);
    return next;
  };
  const move = (id: string, to: OrderStatus, reason: string | null) => {
    const from = find(id).status;
    if (!ORDER_TRANSITIONS[from].includes(to)) {
      throw new FakeApiError(
        "CONFLICT",
        `This order is ${STATUS_WORDS[from]}; it cannot become ${STATUS_WORDS[to]}.`,
      );
    }
    orders.set(id, { ...find(id), status: to, expiresAt: null });
    return record(id, { kind: "status", fromStatus: from, toStatus: to, reason });
  };
  /** As refunds.ts: from the latest paid attempt, never more than is left, restocking only in full. */
  const refund = ({ orderId, amountMinor, reason, restock = false }: RefundInput) => {
    const order = find(orderId);
    if (order.status !== "paid" && order.status !== "fulfilled") {
      throw new FakeApiError("CONFLICT", "Only a paid order can be refunded.");
    }
    const payment = order.payments.attempts.findLast((attempt) => attempt.status === "succeeded");
    if (!payment) throw new FakeApiError("CONFLICT", "This order has no captured payment to refund.");
    const spent = order.payments.refunds
      .filter((r) => r.paymentId === payment.id && r.status !== "failed")
      .reduce((sum, r) => sum + r.amountMinor, 0);
    const left = payment.amountMinor - spent;
    const amount = amountMinor ?? left;
    if (left <= 0) throw new FakeApiError("CONFLICT", "This payment has been refunded in full already.");
    if (amount > left) {
      throw new FakeApiError("BAD_REQUEST", `At most ${left} (minor units) is left to refund.`);
    }
    if (restock && amount !== left) {
      throw new FakeApiError("BAD_REQUEST", "Animals go back on sale only with a full refund.");
    }
    refundId += 1;
    const id = `00000000-0000-4000-9000-${String(refundId).padStart(12, "0")}`;
    const trimmed = reason.trim();
    const added: OrderRefund = {
      id,
      paymentId: payment.id,
      amountMinor: amount,
      reason: trimmed,
      restock,
      status: "pending",
      actorName: staffName,
      createdAt: NOW,
    };
    orders.set(orderId, {
      ...order,
      payments: { ...order.payments, refunds: [...order.payments.refunds, added] },
    });
    if (amount === left) move(orderId, "refunded", trimmed);
    return { refundId: id };
  };

  const handlers = {
    "orders.adminList": ({ status, from, to, email }) => ({
      items: [...orders.values()]
        .filter((order) => !status?.length || status.includes(order.status))
        .filter((order) => !from || order.createdAt.slice(0, 10) >= from)
        .filter((order) => !to || order.createdAt.slice(0, 10) <= to)
        .filter((order) => !email || order.customer.email.includes(email.trim().toLowerCase()))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map(listedOrder),
      nextCursor: null,
    }),
    "orders.adminById": ({ orderId }) => find(orderId),
    "orders.markFulfilled": ({ orderId }) => move(orderId, "fulfilled", null),
    "orders.adminCancel": ({ orderId, reason }) => move(orderId, "cancelled", reason.trim()),
    "orders.addNote": ({ orderId, text }) =>
      record(orderId, { kind: "note", fromStatus: null, toStatus: null, reason: text.trim() }),
    "payments.refund": refund,
  } satisfies Handlers;

  return {
    handlers,
    /** The order as the "server" holds it now. */
    get: find,
    /** Something outside this page moving the order: the customer paying, the expiry job. */
    setStatusElsewhere: (id: string, status: OrderStatus) => {
      orders.set(id, { ...find(id), status, expiresAt: null });
    },
  };
}
