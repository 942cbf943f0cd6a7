import { countryName } from "@petshop/db/constants";
import { TRPCError } from "@trpc/server";
import { ZodRealError } from "zod";
import type { CheckoutInput } from "./schemas";

// Which countries the shop delivers to is a setting (DELIVERY_COUNTRIES), so no schema a browser
// bundles can know it. A delivery elsewhere is refused as bad input on the country, the same
// shape as the schema's own refusals: the checkout form shows it under the country.

/** Throws BAD_REQUEST naming `fulfilment.address.country` when the shop does not deliver there. */
export function refuseUndeliverable(fulfilment: CheckoutInput["fulfilment"], countries: readonly string[]) {
  if (fulfilment.method !== "delivery" || countries.includes(fulfilment.address.country)) return;
  const message = `We do not deliver to ${countryName(fulfilment.address.country)}.`;
  throw new TRPCError({
    code: "BAD_REQUEST",
    message,
    cause: new ZodRealError([
      {
        code: "custom",
        path: ["fulfilment", "address", "country"],
        message,
        input: fulfilment.address.country,
      },
    ]),
  });
}
