import { ORDER_STATUSES } from "@petshop/db/constants";
import { z } from "zod";
import { deliveryAddressInput } from "./address-input";

// Order inputs. Browser-safe: the storefront's checkout form and the admin filters use these too.

export { deliveryAddressInput } from "./address-input";

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} can be at most ${max} characters.` });

export const contactInput = z.object({
  name: text("Your name", 100),
  email: z
    .string({ error: "Give an email address we can reach you at." })
    .trim()
    .toLowerCase()
    .max(254, { error: "An email address has at most 254 characters." })
    .pipe(z.email({ error: "Give an email address we can reach you at." })),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, { error: "Give a phone number of digits, spaces and an optional +." })
    .optional(),
});

export const fulfilmentInput = z.discriminatedUnion(
  "method",
  [
    z.object({ method: z.literal("pickup") }),
    z.object({ method: z.literal("delivery"), address: deliveryAddressInput }),
  ],
  { error: "Choose pickup at the shop or delivery to an address." },
);

export const checkoutInput = z.object({
  /** Made once per checkout attempt by the client; a retry with the same key returns the same order. */
  idempotencyKey: z
    .string({ error: "The checkout key is missing." })
    .min(8, { error: "The checkout key is too short." })
    .max(100, { error: "The checkout key is too long." })
    .regex(/^[A-Za-z0-9_-]+$/, { error: "The checkout key may hold letters, digits, - and _ only." }),
  /** The total the customer confirmed, in minor units; a different current total is a CONFLICT. */
  expectedTotalMinor: z
    .number({ error: "The confirmed total is missing." })
    .int({ error: "The confirmed total must be in whole cents." })
    .min(0, { error: "The confirmed total cannot be negative." }),
  contact: contactInput,
  fulfilment: fulfilmentInput,
  note: z.string().trim().max(1000, { error: "The note can be at most 1000 characters." }).optional(),
});
export type CheckoutInput = z.infer<typeof checkoutInput>;

export const orderIdInput = z.object({ orderId: z.uuid({ error: "No such order." }) });

const limit = z.number().int().min(1).max(100).default(20);

export const orderListInput = z.object({ cursor: z.string().max(500).optional(), limit });
export type OrderListInput = z.infer<typeof orderListInput>;

const day = z.iso.date({ error: "Give the date as YYYY-MM-DD." });

/** A day the shop could have traded on; anything else is a typo, not an empty report. */
const tradingDay = day.refine((d) => d >= "2000-01-01" && d <= "2100-12-31", {
  error: "Give a date between 2000-01-01 and 2100-12-31.",
});

export const adminOrderListInput = z
  .object({
    status: z
      .array(z.enum(ORDER_STATUSES, { error: "Unknown order status." }))
      .max(6)
      .optional(),
    /** Placed on or after this day (UTC). */
    from: tradingDay.optional(),
    /** Placed on or before this day (UTC). */
    to: tradingDay.optional(),
    /** Part of the customer's email. */
    email: z.string().trim().toLowerCase().max(254).optional(),
    cursor: z.string().max(500).optional(),
    limit,
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    error: "The start date must not be after the end date.",
    path: ["to"],
  });
export type AdminOrderListInput = z.infer<typeof adminOrderListInput>;

/** Staff: every line of the orders placed from `from` to `to` (days in the shop's time zone). */
export const orderLinesExportInput = z
  .object({
    from: tradingDay,
    to: tradingDay,
    status: z
      .array(z.enum(ORDER_STATUSES, { error: "Unknown order status." }))
      .min(1)
      .max(6)
      .optional(),
    cursor: z.string().max(300).nullish(),
    limit: z.number().int().min(1).max(1000).default(500),
  })
  .refine((input) => input.from <= input.to, {
    error: "The start date must not be after the end date.",
    path: ["to"],
  });
export type OrderLinesExportInput = z.infer<typeof orderLinesExportInput>;

/** An order's number as people read it, e.g. on a courier's list. */
export const orderNumberInput = z.object({
  number: z
    .string({ error: "Give the order's number." })
    .trim()
    .regex(/^[1-9][0-9]{0,17}$/, { error: "An order number is digits only, like 1042." }),
});

const reason = text("A reason", 500);

export const customerCancelInput = orderIdInput.extend({ reason: reason.optional() });
export const staffCancelInput = orderIdInput.extend({ reason });
export const orderNoteInput = orderIdInput.extend({ text: text("The note", 1000) });
