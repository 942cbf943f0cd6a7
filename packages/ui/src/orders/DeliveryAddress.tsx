import type { RouterOutputs } from "@petshop/client/react";

/** Where an order goes, as the customer gave it at checkout. */
export type OrderAddress = NonNullable<RouterOutputs["orders"]["byId"]["deliveryAddress"]>;

/** An address as a label is written: one part a line, the second street line only when given. */
export function DeliveryAddress({ address, className = "" }: { address: OrderAddress; className?: string }) {
  return (
    <address className={`not-italic ${className}`}>
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
  );
}
