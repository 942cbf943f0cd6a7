import { FULFILMENT_LABELS } from "@petshop/ui";
import { DeliveryAddress } from "@petshop/ui/orders";
import type { ReactNode } from "react";
import type { Order } from "./order-type";

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
          <p>We will let you know when your order is ready to collect.</p>
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
