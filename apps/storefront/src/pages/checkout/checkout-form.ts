import { checkoutInput, contactInput, fulfilmentInput } from "@petshop/api/schemas";
import { type CountryOption, FULFILMENTS } from "@petshop/db/constants";
import type { Path } from "react-hook-form";
import { z } from "zod";

// The checkout form holds what the customer types, all of it text. The API's own schemas then
// judge it, so the form refuses exactly what the server would, under the same field paths
// ("fulfilment.address.city"), which is also where the server's field errors land.

/** An optional box left empty means "not given", which the API wants as absent rather than "". */
const optionalText = z
  .string()
  .transform((value) => value.trim() || undefined)
  .optional();

export const checkoutForm = z.object({
  contact: z.object({ name: z.string(), email: z.string(), phone: optionalText }).pipe(contactInput),
  fulfilment: z
    .object({
      method: z.enum(FULFILMENTS),
      // Kept while pickup is chosen, so switching back and forth loses nothing.
      address: z.object({
        line1: z.string(),
        line2: optionalText,
        postalCode: z.string(),
        city: z.string(),
        country: z.string(),
      }),
    })
    // Pickup has no address: it is dropped here, before the API's rules see the choice.
    .transform(
      ({ method, address }): z.input<typeof fulfilmentInput> =>
        method === "pickup" ? { method } : { method, address },
    )
    .pipe(fulfilmentInput),
  note: optionalText.pipe(checkoutInput.shape.note),
});

/** What the form holds. */
export type CheckoutFormValues = z.input<typeof checkoutForm>;
/** What it hands over: the checkout's input but for what the page adds (the key and the total). */
export type CheckoutDetails = z.output<typeof checkoutForm>;

/** Every field the server may name in its field errors; anything else shows above the button. */
export const CHECKOUT_FIELDS: readonly Path<CheckoutFormValues>[] = [
  "contact.name",
  "contact.email",
  "contact.phone",
  "fulfilment.method",
  "fulfilment.address.line1",
  "fulfilment.address.line2",
  "fulfilment.address.postalCode",
  "fulfilment.address.city",
  "fulfilment.address.country",
  "note",
];

/** A fresh form: contact details from the account, pickup, and the shop's first delivery country. */
export function checkoutDefaults(
  account: { name: string; email: string },
  countries: readonly CountryOption[],
): CheckoutFormValues {
  return {
    contact: { name: account.name, email: account.email, phone: "" },
    fulfilment: {
      method: "pickup",
      address: { line1: "", line2: "", postalCode: "", city: "", country: countries[0]?.code ?? "" },
    },
    note: "",
  };
}
