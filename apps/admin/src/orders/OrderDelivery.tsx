import { FULFILMENT_LABELS } from "@petshop/ui";
import { DeliveryAddress } from "@petshop/ui/orders";
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
        <p className="mt-2 text-sm">{FULFILMENT_LABELS.pickup}</p>
      ) : (
        <>
          <p className="mt-2 text-sm">Delivery to</p>
          {address ? (
            <DeliveryAddress address={address} className="text-sm" />
          ) : (
            // The database requires an address for delivery; if one is ever missing, say so plainly.
            <p className="text-sm font-medium text-red-700">No address was recorded.</p>
          )}
        </>
      )}
    </section>
  );
}
