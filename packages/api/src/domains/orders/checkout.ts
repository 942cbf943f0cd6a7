import type { Database } from "@petshop/db";
import { SHOP_CURRENCY } from "@petshop/db/constants";
import { type Kysely, sql, type Transaction } from "kysely";
import { isUniqueViolation } from "../../db-errors";
import { DomainError } from "../../domain-error";
import type { CheckoutConflict, CheckoutLine } from "../../error-details";
import type { JobQueue } from "../../jobs/job-queue";
import { retryTransaction } from "../../lib/retry-transaction";
import { bumpCatalogueVersion } from "../animals";
import type { CheckoutInput } from "./schemas";

// Checkout turns the customer's cart into an order in one transaction: today's prices must match
// the total the customer confirmed, every unit must be had (stock is taken with conditional
// updates on rows locked in id order, so overlapping carts cannot deadlock), and a retried
// checkout (same idempotency key) returns the order its first attempt made. The confirmation mail
// is queued in the same transaction, so it goes out exactly for orders that exist.

interface CartLineRow {
  animalId: string;
  quantity: number;
}

const sameLines = (a: CartLineRow[], b: CartLineRow[]) =>
  a.length === b.length &&
  a.every((line) => b.some((other) => other.animalId === line.animalId && other.quantity === line.quantity));

/** Returns the existing order for a replayed key, or throws when the key was used for another cart. */
async function replayedOrder(
  trx: Transaction<Database>,
  userId: string,
  key: string,
  cart: CartLineRow[],
): Promise<string | undefined> {
  const existing = await trx
    .selectFrom("orders")
    .select("id")
    .where("userId", "=", userId)
    .where("idempotencyKey", "=", key)
    .executeTakeFirst();
  if (!existing) return undefined;
  const ordered = await trx
    .selectFrom("orderLines")
    .select(["animalId", "quantity"])
    .where("orderId", "=", existing.id)
    .execute();
  // The first attempt emptied the cart; anything else in it now means a different checkout.
  if (cart.length === 0 || sameLines(cart, ordered)) return existing.id;
  throw new DomainError(
    "CONFLICT",
    "This checkout was already placed for a different cart. Review your cart and check out again.",
  );
}

const IDEMPOTENCY_CONSTRAINT = "orders_user_idempotency_key";

/** Places the order and returns its id; see the module comment for the rules. */
export async function checkout(
  db: Kysely<Database>,
  userId: string,
  input: CheckoutInput,
  options: { holdMinutes: number; jobs: JobQueue },
): Promise<{ orderId: string; created: boolean }> {
  return retryTransaction(
    () =>
      db.transaction().execute(async (trx) => {
        // Locking the customer's cart makes their concurrent checkouts (a double click) take turns.
        const cart = await trx
          .selectFrom("carts")
          .select("id")
          .where("userId", "=", userId)
          .forUpdate()
          .executeTakeFirst();
        const cartLines: CartLineRow[] = cart
          ? await trx
              .selectFrom("cartLines")
              .select(["animalId", "quantity"])
              .where("cartId", "=", cart.id)
              .orderBy("animalId")
              .execute()
          : [];

        const replayed = await replayedOrder(trx, userId, input.idempotencyKey, cartLines);
        if (replayed) return { orderId: replayed, created: false };
        if (!cart || cartLines.length === 0) throw new DomainError("BAD_REQUEST", "Your cart is empty.");

        // Rows locked in id order: two carts that share animals lock them in the same order.
        const animals = await trx
          .selectFrom("animals")
          .select(["id", "name", "priceMinor", "currency", "stock", "status"])
          .where(
            "id",
            "in",
            cartLines.map((line) => line.animalId),
          )
          .orderBy("id")
          .forUpdate()
          .execute();
        const byId = new Map(animals.map((animal) => [animal.id, animal]));
        const lines: CheckoutLine[] = cartLines.map((line) => {
          const animal = byId.get(line.animalId);
          return {
            animalId: line.animalId,
            name: animal?.name ?? "",
            unitPriceMinor: animal?.priceMinor ?? 0,
            quantity: line.quantity,
            available: animal?.status === "active" ? animal.stock : 0,
          };
        });

        const short = lines.filter((line) => line.quantity > line.available);
        if (short.length > 0) {
          throw new DomainError(
            "CONFLICT",
            `Not available in the quantity you asked for: ${short.map((line) => line.name || "a listing").join(", ")}.`,
            { details: { reason: "unavailable", lines: short } satisfies CheckoutConflict },
          );
        }
        const currencies = new Set(animals.map((animal) => animal.currency));
        const currency = animals[0]?.currency ?? SHOP_CURRENCY;
        if (currencies.size > 1)
          throw new DomainError("CONFLICT", "Your cart mixes currencies; check out one at a time.");
        const totalMinor = lines.reduce((sum, line) => sum + line.unitPriceMinor * line.quantity, 0);
        if (totalMinor !== input.expectedTotalMinor) {
          throw new DomainError(
            "CONFLICT",
            "Prices have changed since you looked. Please confirm the new total.",
            {
              details: { reason: "price_changed", totalMinor, currency, lines } satisfies CheckoutConflict,
            },
          );
        }

        for (const line of lines) {
          // The rows are locked and checked above; the condition keeps "never below zero" true
          // even if that ever stops being so.
          const taken = await trx
            .updateTable("animals")
            .set({ stock: sql`stock - ${line.quantity}`, updatedAt: sql`now()` })
            .where("id", "=", line.animalId)
            .where("stock", ">=", line.quantity)
            .executeTakeFirst();
          if (taken.numUpdatedRows !== 1n)
            throw new Error(`stock of ${line.animalId} changed under a row lock`);
        }

        const { fulfilment, contact } = input;
        const order = await trx
          .insertInto("orders")
          .values({
            userId,
            status: "pending_payment",
            currency,
            totalMinor,
            contactName: contact.name,
            contactEmail: contact.email,
            contactPhone: contact.phone ?? null,
            fulfilment: fulfilment.method,
            deliveryAddress: fulfilment.method === "delivery" ? JSON.stringify(fulfilment.address) : null,
            note: input.note || null,
            idempotencyKey: input.idempotencyKey,
            expiresAt: sql`now() + make_interval(mins => ${options.holdMinutes})`,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await trx
          .insertInto("orderLines")
          .values(
            lines.map((line) => ({
              orderId: order.id,
              animalId: line.animalId,
              name: line.name,
              unitPriceMinor: line.unitPriceMinor,
              quantity: line.quantity,
            })),
          )
          .execute();
        await trx
          .insertInto("orderEvents")
          .values({
            orderId: order.id,
            kind: "status",
            fromStatus: null,
            toStatus: "pending_payment",
            actorKind: "customer",
            actorId: userId,
            reason: "Order placed",
          })
          .execute();
        await trx.deleteFrom("cartLines").where("cartId", "=", cart.id).execute();
        await options.jobs.send("order-confirmation", { orderId: order.id }, trx);
        // Last, so the shop-wide version row is locked as briefly as possible.
        await bumpCatalogueVersion(trx);
        return { orderId: order.id, created: true };
      }),
    // A double click's second checkout may insert the same idempotency key at the same moment;
    // run again, it finds the first one's order.
    { alsoRetry: (error) => isUniqueViolation(error, IDEMPOTENCY_CONSTRAINT) },
  );
}
