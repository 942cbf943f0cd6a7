import { formatPostalCode, isCountryCode, postalCodeHint, tidyPostalCode } from "@petshop/db/constants";
import { z } from "zod";

// A delivery address as checkout takes it: the rules a browser can know, so the checkout form
// refuses exactly what the server would. Whether the shop delivers to the country right now is a
// setting (DELIVERY_COUNTRIES) the server checks on top (deliverable.ts).

/** Required text; left empty it gets "required" alone, not every later rule's message as well. */
const required = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.`, abort: true })
    .max(max, { error: `${label} can be at most ${max} characters.` });

const LETTER = /\p{L}/u;

/** "x" or "1" is not a street anyone can find; a house name with no number ("Rose Cottage") is. */
const street = required("The street address", 200).refine((line) => line.length >= 3 && LETTER.test(line), {
  error: "Give the street address in full, like 1 Main Street.",
});

/** A place name has a letter ("Dublin 2" does, "1" does not), and no symbols beyond these. */
const city = required("The city", 100).refine(
  (name) => LETTER.test(name) && /^[\p{L}\p{M}\d .,'’()/-]+$/u.test(name),
  { error: "Give the name of the city or town." },
);

const postalCode = z
  .string({ error: "The postal code is required." })
  .overwrite(tidyPostalCode)
  .min(1, { error: "The postal code is required.", abort: true })
  .max(20, { error: "The postal code can be at most 20 characters." });

const country = z
  .string({ error: "Choose a country." })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: "Choose a country from the list." });

export const deliveryAddressInput = z
  .object({
    line1: street,
    line2: z.string().trim().max(200, { error: "The second line can be at most 200 characters." }).optional(),
    postalCode,
    city,
    country,
  })
  .superRefine(
    (address, ctx) => {
      if (formatPostalCode(address.country, address.postalCode) !== undefined) return;
      ctx.addIssue({
        code: "custom",
        path: ["postalCode"],
        message: postalCodeHint(address.country),
        input: address.postalCode,
      });
    },
    // Only a postal code and a country that are each fine on their own can be judged together;
    // the customer still hears about the other fields at the same time.
    {
      when: ({ issues }) =>
        issues.every(({ path = [] }) => path.length > 0 && path[0] !== "postalCode" && path[0] !== "country"),
    },
  )
  // Stored as the country writes it ("D02 X285"), however it was typed.
  .transform((address) => ({
    ...address,
    postalCode: formatPostalCode(address.country, address.postalCode) ?? address.postalCode,
  }));
