import { createAnimalInput } from "@petshop/api/schemas";
import type { RouterInputs, RouterOutputs } from "@petshop/client/react";
import { SHOP_CURRENCY } from "@petshop/db/constants";
import { z } from "zod";
import { EURO_AMOUNT_PATTERN, fromMinorUnits, toMinorUnits } from "../lib/euros";

/** A listing as staff see it: with its status and the version an edit must name. */
export type StaffAnimal = RouterOutputs["animals"]["byId"];

const shared = createAnimalInput.shape;

/**
 * The shared listing rules, with the price typed in euros: it is converted to cents and then held
 * to the API's own bound, so the form refuses exactly what the server would. Stock is here so both
 * pages share one form; only a new listing sends it (an edit moves stock by adjustments).
 */
export const listingFormSchema = z.object({
  name: shared.name,
  species: shared.species,
  breed: shared.breed,
  sex: shared.sex,
  birthDate: shared.birthDate,
  description: shared.description,
  price: z
    .string()
    .trim()
    .regex(EURO_AMOUNT_PATTERN, "Enter a price in euros, like 1200 or 1199.50")
    .transform(toMinorUnits)
    .pipe(shared.priceMinor),
  stock: shared.stock,
});

export type ListingFormInput = z.input<typeof listingFormSchema>;
/** What the form hands over once valid: `price` is in cents by then. */
export type ListingFormValues = z.output<typeof listingFormSchema>;

/** The fields whose server-side errors can be shown under a field of this form. */
export const LISTING_FIELDS = [
  "name",
  "species",
  "breed",
  "sex",
  "birthDate",
  "description",
  "stock",
] as const;

/** Words the shared schema leaves to zod's defaults (bounds without a message), said in the form's terms. */
export const listingFormMessages = {
  error: (issue: { path?: PropertyKey[] | undefined }) => {
    const field = issue.path?.[0];
    if (field === "price") return "Enter a price from 0 to 1,000,000.00";
    if (field === "stock") return "Enter a whole number from 0 to 100,000";
    if (field === "name" || field === "breed") return "Use at most 120 characters";
    return undefined;
  },
};

export const NEW_LISTING: ListingFormInput = {
  name: "",
  species: "dog",
  breed: "",
  sex: "unknown",
  birthDate: "",
  description: "",
  price: "",
  stock: 1,
};

export function formValuesOf(animal: StaffAnimal): ListingFormInput {
  return {
    name: animal.name,
    species: animal.species,
    breed: animal.breed,
    sex: animal.sex,
    birthDate: animal.birthDate,
    description: animal.description,
    price: fromMinorUnits(animal.priceMinor),
    stock: animal.stock,
  };
}

export function toCreateInput({ price, ...values }: ListingFormValues): RouterInputs["animals"]["create"] {
  return { ...values, priceMinor: price, currency: SHOP_CURRENCY, images: [] };
}

/** The edit as based on `base`: its id, version, currency and pictures go back unchanged. */
export function toUpdateInput(
  { price, stock: _stock, ...values }: ListingFormValues,
  base: { id: string; version: number; currency: string; images: StaffAnimal["images"] },
): RouterInputs["animals"]["update"] {
  return {
    ...values,
    id: base.id,
    version: base.version,
    priceMinor: price,
    currency: base.currency,
    images: base.images,
  };
}
