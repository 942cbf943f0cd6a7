import { isApiError } from "@petshop/ui/forms";
import { z } from "zod";

// A refused checkout's details (`error.data.details`), as packages/api/src/domains/orders/checkout.ts
// sends them (CheckoutConflict). The API types them as unknown, so they are checked here rather than
// trusted: an answer of another shape is shown as a plain error instead.

const checkoutLine = z.object({
  animalId: z.string(),
  name: z.string(),
  unitPriceMinor: z.number(),
  quantity: z.number(),
  /** Units that could be had when checked. */
  available: z.number(),
});

const checkoutConflict = z.discriminatedUnion("reason", [
  z.object({
    reason: z.literal("price_changed"),
    totalMinor: z.number(),
    currency: z.string(),
    lines: z.array(checkoutLine),
  }),
  z.object({ reason: z.literal("unavailable"), lines: z.array(checkoutLine) }),
]);

export type CheckoutConflict = z.infer<typeof checkoutConflict>;
export type CheckoutConflictLine = z.infer<typeof checkoutLine>;

/** The conflict a failed checkout reports, if that is why it failed. */
export function readCheckoutConflict(error: unknown): CheckoutConflict | undefined {
  if (!isApiError(error) || error.data?.code !== "CONFLICT") return undefined;
  const parsed = checkoutConflict.safeParse(error.data.details);
  return parsed.success ? parsed.data : undefined;
}
