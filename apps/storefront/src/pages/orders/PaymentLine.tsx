import type { Order } from "./order-type";
import { type PaymentWords, paymentWords } from "./payment-words";

const TONES: Record<PaymentWords["tone"], string> = {
  done: "bg-brand-50 text-brand-800",
  waiting: "bg-sky-50 text-sky-950",
  problem: "bg-amber-50 text-amber-950",
};

/** The order's latest payment attempt in words, when it adds to what the status says. */
export function PaymentLine({ order }: { order: Order }) {
  const words = paymentWords(order.payment, order.status);
  if (!words) return null;
  return <p className={`rounded-lg px-3 py-2 text-sm font-medium ${TONES[words.tone]}`}>{words.text}</p>;
}
