import { type CountryOption, FULFILMENTS } from "@petshop/db/constants";
import { z } from "zod";
import type { CheckoutFormValues } from "./checkout-form";

// A half-filled checkout survives Back, Forward and a reload: what the customer typed is kept in
// this tab's sessionStorage, per account, until the order is placed. It is read back only if it
// still has the form's shape, and a country the shop no longer delivers to is not restored.

const draftSchema = z.object({
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string().optional() }),
  fulfilment: z.object({
    method: z.enum(FULFILMENTS),
    address: z.object({
      line1: z.string(),
      line2: z.string().optional(),
      postalCode: z.string(),
      city: z.string(),
      country: z.string(),
    }),
  }),
  note: z.string().optional(),
}) satisfies z.ZodType<CheckoutFormValues>;

const keyOf = (accountId: string) => `petshop:checkout-draft:${accountId}`;

/** The kept draft of `accountId`'s checkout, or `fresh` when there is none worth restoring. */
export function readCheckoutDraft(
  accountId: string,
  fresh: CheckoutFormValues,
  countries: readonly CountryOption[],
): CheckoutFormValues {
  try {
    const parsed = draftSchema.safeParse(JSON.parse(sessionStorage.getItem(keyOf(accountId)) ?? "null"));
    if (!parsed.success) return fresh;
    const { country } = parsed.data.fulfilment.address;
    const deliverable = countries.some((option) => option.code === country);
    return deliverable
      ? parsed.data
      : {
          ...parsed.data,
          fulfilment: {
            ...parsed.data.fulfilment,
            address: { ...parsed.data.fulfilment.address, country: fresh.fulfilment.address.country },
          },
        };
  } catch {
    // Storage blocked, or not JSON: start afresh.
    return fresh;
  }
}

export function keepCheckoutDraft(accountId: string, values: unknown) {
  try {
    sessionStorage.setItem(keyOf(accountId), JSON.stringify(values));
  } catch {
    // Storage full or blocked: the form still works, it just will not survive a reload.
  }
}

export function forgetCheckoutDraft(accountId: string) {
  try {
    sessionStorage.removeItem(keyOf(accountId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}
