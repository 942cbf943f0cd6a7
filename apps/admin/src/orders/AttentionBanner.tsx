/**
 * Why staff must look at this order, e.g. a late payment the shop refunded by itself. The server
 * keeps it on the order, so it shows each time the order is opened, not once as a notification.
 */
export function AttentionBanner({ text }: { text: string }) {
  return (
    <section
      aria-labelledby="attention-heading"
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <h2 id="attention-heading" className="font-semibold">
        Needs attention
      </h2>
      <p className="whitespace-pre-line">{text}</p>
    </section>
  );
}
