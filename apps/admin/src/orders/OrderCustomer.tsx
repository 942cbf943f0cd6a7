import type { StaffOrder } from "./staff-order";

const term = "text-xs font-medium uppercase tracking-wide text-muted";

/**
 * Who placed the order (their account) and how to reach them about it (the contact given at
 * checkout, which may differ), with anything they asked of the shop.
 */
export function OrderCustomer({ order }: { order: StaffOrder }) {
  return (
    <section aria-labelledby="customer-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="customer-heading" className="text-base font-semibold">
        Customer
      </h2>
      <dl className="mt-2 flex flex-col gap-3 text-sm">
        <div>
          <dt className={term}>Account</dt>
          <dd>{order.customer.name}</dd>
          <dd className="break-all">{order.customer.email}</dd>
        </div>
        <div>
          <dt className={term}>Contact for this order</dt>
          <dd>{order.contactName}</dd>
          <dd className="break-all">
            <a href={`mailto:${order.contactEmail}`} className="text-brand-700 hover:underline">
              {order.contactEmail}
            </a>
          </dd>
          {order.contactPhone ? (
            <dd>
              <a href={`tel:${order.contactPhone}`} className="text-brand-700 hover:underline">
                {order.contactPhone}
              </a>
            </dd>
          ) : null}
        </div>
        <div>
          <dt className={term}>Customer’s note</dt>
          {order.note ? (
            <dd className="whitespace-pre-line">{order.note}</dd>
          ) : (
            <dd className="text-muted">None</dd>
          )}
        </div>
      </dl>
    </section>
  );
}
