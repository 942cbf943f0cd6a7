import { formatPrice } from "@petshop/ui";
import { Link } from "@tanstack/react-router";
import { useId } from "react";
import type { Order } from "./order-type";

/** What was ordered, at the prices paid, and the total. */
export function OrderLines({ order }: { order: Order }) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id={headingId} className="text-lg font-semibold text-ink">
        Animals
      </h2>
      <ul className="flex flex-col gap-4">
        {order.lines.map((line) => (
          <li key={line.animalId} className="flex items-center gap-3">
            <div className="h-[54px] w-[72px] shrink-0 overflow-hidden rounded-lg bg-stone-100">
              {line.image ? (
                <img src={line.image.url} alt="" width={72} height={54} className="size-full object-cover" />
              ) : null}
            </div>
            <div className="min-w-0 flex-1">
              {/* The listing may be gone since; the order keeps the name it had. */}
              {line.slug ? (
                <Link
                  to="/animals/$slug"
                  params={{ slug: line.slug }}
                  className="font-medium text-ink hover:text-brand-700"
                >
                  {line.name}
                </Link>
              ) : (
                <p className="font-medium text-ink">{line.name}</p>
              )}
              <p className="text-sm text-muted">
                {line.quantity} × {formatPrice(line.unitPriceMinor, order.currency)}
              </p>
            </div>
            <p className="font-medium text-ink">{formatPrice(line.lineTotalMinor, order.currency)}</p>
          </li>
        ))}
      </ul>
      <dl className="flex items-baseline justify-between gap-4 border-t border-stone-200 pt-4">
        <dt className="font-medium text-ink">Total</dt>
        <dd className="text-xl font-semibold text-ink">{formatPrice(order.totalMinor, order.currency)}</dd>
      </dl>
    </section>
  );
}
