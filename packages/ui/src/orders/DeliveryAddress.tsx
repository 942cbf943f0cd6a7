import type { RouterOutputs } from "@petshop/client/react";
import { countryName } from "@petshop/db/constants";

/** Where an order goes, as the customer gave it at checkout. */
export type OrderAddress = NonNullable<RouterOutputs["orders"]["byId"]["deliveryAddress"]>;

/**
 * An address as a label is written: one part a line, the second street line only when given, and
 * the country by its name, since a courier or a customer reads "Ireland", not "IE".
 */
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
      {countryName(address.country)}
    </address>
  );
}
