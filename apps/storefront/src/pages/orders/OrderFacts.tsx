import type { OrderStatus } from "@petshop/db/constants";
import { FULFILMENT_LABELS } from "@petshop/ui";
import { DeliveryAddress } from "@petshop/ui/orders";
import type { ReactNode } from "react";
import { PickupPoint } from "../../components/PickupPoint";
import type { Order } from "./order-type";

/** What collecting means at each stage: nothing to collect once an order is over. */
const PICKUP_WORDS: Record<OrderStatus, string> = {
  pending_payment: "Once it is paid we will get your order ready, and let you know when to collect it.",
  paid: "We are getting your order ready, and will let you know when to collect it.",
  fulfilled: "Collected. We hope your new friend has settled in well.",
  cancelled: "This order was cancelled, so there is nothing to collect.",
  expired: "This order expired before it was paid, so there is nothing to collect.",
  refunded: "This order was refunded, so there is nothing to collect.",
};

/** How the order reaches the customer, how to reach them, and their note. */
export function OrderFacts({ order }: { order: Order }) {
  const address = order.deliveryAddress;
  return (
    <section
      aria-label="Delivery and contact"
      className="flex flex-col gap-5 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <Fact title={FULFILMENT_LABELS[order.fulfilment]}>
        {order.fulfilment === "delivery" && address ? (
          <DeliveryAddress address={address} />
        ) : (
          <>
            <p>{PICKUP_WORDS[order.status]}</p>
            {order.status === "pending_payment" || order.status === "paid" ? (
              <div className="mt-2">
                <PickupPoint />
              </div>
            ) : null}
          </>
        )}
      </Fact>
      <Fact title="Contact">
        <p className="break-words">{order.contactName}</p>
        <p className="break-words">{order.contactEmail}</p>
        {order.contactPhone ? <p>{order.contactPhone}</p> : null}
      </Fact>
      {order.note ? (
        <Fact title="Your note">
          <p className="whitespace-pre-line break-words">{order.note}</p>
        </Fact>
      ) : null}
    </section>
  );
}

function Fact({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h2 className="font-semibold text-ink">{title}</h2>
      <div className="mt-1 text-sm text-muted">{children}</div>
    </div>
  );
}
