import type { AnimalImage, Database, Species } from "@petshop/db";
import { SHOP_CURRENCY } from "@petshop/db/constants";
import type { Kysely, Transaction } from "kysely";

// The cart as a customer sees it: each line at today's price with what can be bought now, and a
// flag on any line that cannot be bought as it stands.

/** Why a line cannot be checked out: the listing is gone, or fewer units are left than wanted. */
export type CartLineProblem = "unavailable" | "not_enough_stock";

export interface CartLine {
  animalId: string;
  slug: string;
  name: string;
  species: Species;
  image: AnimalImage | null;
  unitPriceMinor: number;
  currency: string;
  quantity: number;
  /** Units that can be bought now (0 when the listing is not for sale). */
  available: number;
  problem: CartLineProblem | null;
  lineTotalMinor: number;
}

export interface CartView {
  lines: CartLine[];
  /** Units across all lines. */
  itemCount: number;
  /** The lines that can be bought, at today's prices. */
  subtotalMinor: number;
  currency: string;
  /** True when there is something to buy and no line has a problem. */
  readyForCheckout: boolean;
}

type Db = Kysely<Database> | Transaction<Database>;

/** Reads cart `cartId` (an empty cart when undefined). */
export async function readCartView(db: Db, cartId: string | undefined): Promise<CartView> {
  const rows = cartId
    ? await db
        .selectFrom("cartLines")
        .innerJoin("animals", "animals.id", "cartLines.animalId")
        .select([
          "cartLines.animalId",
          "cartLines.quantity",
          "animals.slug",
          "animals.name",
          "animals.species",
          "animals.images",
          "animals.priceMinor",
          "animals.currency",
          "animals.stock",
          "animals.status",
        ])
        .where("cartLines.cartId", "=", cartId)
        .orderBy("cartLines.addedAt")
        .orderBy("cartLines.animalId")
        .execute()
    : [];
  const lines = rows.map((row): CartLine => {
    const available = row.status === "active" ? row.stock : 0;
    const problem: CartLineProblem | null =
      available === 0 ? "unavailable" : row.quantity > available ? "not_enough_stock" : null;
    return {
      animalId: row.animalId,
      slug: row.slug,
      name: row.name,
      species: row.species,
      image: row.images[0] ?? null,
      unitPriceMinor: row.priceMinor,
      currency: row.currency,
      quantity: row.quantity,
      available,
      problem,
      lineTotalMinor: row.priceMinor * row.quantity,
    };
  });
  const buyable = lines.filter((line) => line.problem === null);
  return {
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotalMinor: buyable.reduce((sum, line) => sum + line.lineTotalMinor, 0),
    currency: lines[0]?.currency ?? SHOP_CURRENCY,
    readyForCheckout: lines.length > 0 && buyable.length === lines.length,
  };
}
