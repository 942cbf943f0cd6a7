import type { StaffOrder } from "./staff-order";

/** How the animals reach the customer: collected at the shop, or delivered to this address. */
export function OrderDelivery({ order }: { order: StaffOrder }) {
  const address = order.deliveryAddress;
  return (
    <section aria-labelledby="delivery-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="delivery-heading" className="text-base font-semibold">
        Fulfilment
      </h2>
      {order.fulfilment === "pickup" ? (
        <p className="mt-2 text-sm">Pickup at the shop</p>
      ) : (
        <>
          <p className="mt-2 text-sm">Delivery to</p>
          {address ? (
            <address className="text-sm not-italic">
              {address.line1}
              <br />
              {address.line2 ? (
                <>
                  {address.line2}
                  <br />
                </>
              ) : null}
              {address.postalCode} {address.city}
              <br />
              {address.country}
            </address>
          ) : (
            // The database requires an address for delivery; if one is ever missing, say so plainly.
            <p className="text-sm font-medium text-red-700">No address was recorded.</p>
          )}
        </>
      )}
    </section>
  );
}
