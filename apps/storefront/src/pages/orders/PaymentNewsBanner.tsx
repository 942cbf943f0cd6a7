import type { PaymentNews } from "./usePaymentReturn";

const NEWS: Record<PaymentNews, { title: string; detail: string; colours: string }> = {
  checking: {
    title: "Checking your payment…",
    detail: "This usually takes a few seconds.",
    colours: "border-stone-300 bg-white text-ink",
  },
  received: {
    title: "Payment received, thank you",
    detail: "A receipt is on its way to your inbox.",
    colours: "border-brand-600 bg-brand-50 text-brand-800",
  },
  failed: {
    title: "Your payment did not go through",
    detail: "You can try again below while we hold your animals.",
    colours: "border-amber-300 bg-amber-50 text-amber-950",
  },
  slow: {
    title: "Still processing — we will email you a receipt",
    detail:
      "Your payment has not been confirmed yet. You can leave this page: the receipt follows once it is.",
    colours: "border-sky-200 bg-sky-50 text-sky-950",
  },
  not_completed: {
    title: "Your payment was not completed",
    detail: "You can pay again below whenever you are ready, while we hold your animals.",
    colours: "border-amber-300 bg-amber-50 text-amber-950",
  },
};

/**
 * What became of the payment the customer has just come back from. One live region throughout,
 * so the verdict that replaces "Checking…" is read out without moving focus.
 */
export function PaymentNewsBanner({ news }: { news: PaymentNews }) {
  const { title, detail, colours } = NEWS[news];
  return (
    <div role="status" className={`flex items-start gap-3 rounded-2xl border p-5 sm:p-6 ${colours}`}>
      {news === "checking" ? (
        <span
          aria-hidden="true"
          className="mt-1 size-4 shrink-0 animate-spin rounded-full border-2 border-stone-300 border-t-brand-700"
        />
      ) : null}
      <div>
        <p className="text-lg font-semibold">{title}</p>
        <p className="mt-1">{detail}</p>
      </div>
    </div>
  );
}
