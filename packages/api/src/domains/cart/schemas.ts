import { z } from "zod";
import { MAX_LINE_QUANTITY } from "../../constants";

// Cart inputs. Browser-safe: the storefront's forms use these too (through @petshop/api/schemas).

const animalId = z.uuid({ error: "Choose an animal from the catalogue." });
const quantity = z
  .number({ error: "The quantity must be a number." })
  .int({ error: "The quantity must be a whole number." })
  .min(1, { error: "The quantity must be at least 1." })
  .max(MAX_LINE_QUANTITY, { error: `The quantity can be at most ${MAX_LINE_QUANTITY}.` });

export const cartAddInput = z.object({ animalId, quantity: quantity.default(1) });
export type CartAddInput = z.infer<typeof cartAddInput>;

export const cartSetQuantityInput = z.object({ animalId, quantity });
export type CartSetQuantityInput = z.infer<typeof cartSetQuantityInput>;

export const cartLineInput = z.object({ animalId });
