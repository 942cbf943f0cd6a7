import { z } from "zod";

// Payment inputs. Browser-safe: the storefront and the admin refund dialog use these too.

const orderId = z.uuid({ error: "No such order." });

export const paymentOrderInput = z.object({ orderId });

export const refundInput = z.object({
  orderId,
  /** Minor units; what is left to refund when absent. */
  amountMinor: z
    .number({ error: "The amount must be a number." })
    .int({ error: "The amount must be in whole cents." })
    .positive({ error: "The amount must be more than zero." })
    .optional(),
  reason: z
    .string({ error: "A reason is required." })
    .trim()
    .min(1, { error: "A reason is required." })
    .max(500, { error: "The reason can be at most 500 characters." }),
  /** Put the order's animals back on sale (full refunds only). */
  restock: z.boolean().default(false),
});
export type RefundOrderInput = z.infer<typeof refundInput>;
