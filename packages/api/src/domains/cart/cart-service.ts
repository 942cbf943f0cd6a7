import type { Database } from "@petshop/db";
import { type Kysely, sql, type Transaction } from "kysely";
import { MAX_LINE_QUANTITY } from "../../constants";
import { DomainError } from "../../domain-error";
import type { CartOwner } from "./cart-owner";
import { type CartView, readCartView } from "./cart-view";
import type { CartAddInput, CartSetQuantityInput } from "./schemas";

// One cart per visitor. The cart stores animals and quantities only; prices and availability are
// read fresh every time it is shown, and again at checkout.

type Db = Kysely<Database> | Transaction<Database>;

/** The id of the owner's cart, if they have one. */
export async function findCartId(db: Db, owner: CartOwner): Promise<string | undefined> {
  if (owner.kind === "anonymous" && !owner.tokenHash) return undefined;
  const query = db.selectFrom("carts").select("id");
  const row = await (owner.kind === "user"
    ? query.where("userId", "=", owner.userId)
    : query.where("tokenHash", "=", owner.tokenHash)
  ).executeTakeFirst();
  return row?.id;
}

/** The user's cart, made on first use (two requests racing make one). */
async function userCartId(db: Db, userId: string): Promise<string> {
  await db
    .insertInto("carts")
    .values({ userId })
    .onConflict((oc) => oc.column("userId").doNothing())
    .execute();
  const row = await db
    .selectFrom("carts")
    .select("id")
    .where("userId", "=", userId)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The owner's cart as shown to them; an empty one when they have none yet. */
export async function getCart(db: Db, owner: CartOwner): Promise<CartView> {
  return readCartView(db, await findCartId(db, owner));
}

/** How many of `animalId` can be bought now; NOT_FOUND when it is not for sale at all. */
async function purchasable(trx: Db, animalId: string): Promise<number> {
  const animal = await trx
    .selectFrom("animals")
    .select(["stock", "status"])
    .where("id", "=", animalId)
    .executeTakeFirst();
  if (animal?.status !== "active") throw new DomainError("NOT_FOUND", "This animal is not for sale.");
  return animal.stock;
}

function checkQuantity(quantity: number, available: number) {
  if (available === 0) throw new DomainError("CONFLICT", "Sorry, this animal has just been sold out.");
  if (quantity > available) {
    throw new DomainError("CONFLICT", `Only ${available} available; you asked for ${quantity}.`);
  }
  if (quantity > MAX_LINE_QUANTITY) {
    throw new DomainError("BAD_REQUEST", `A cart can hold at most ${MAX_LINE_QUANTITY} of one animal.`);
  }
}

/**
 * Adds `quantity` of an animal (to what the cart already holds). An anonymous visitor without a
 * cart gets one, keyed by `newAnonymousCart()`'s hash, called inside the transaction; the caller
 * sets its cookie, and may refuse by throwing.
 */
export async function addToCart(
  db: Kysely<Database>,
  owner: CartOwner,
  input: CartAddInput,
  newAnonymousCart: (trx: Transaction<Database>) => Promise<{ tokenHash: string }>,
): Promise<CartView> {
  return db.transaction().execute(async (trx) => {
    const available = await purchasable(trx, input.animalId);
    let cartId: string;
    if (owner.kind === "user") {
      cartId = await userCartId(trx, owner.userId);
    } else {
      const existing = await findCartId(trx, owner);
      cartId =
        existing ??
        (
          await trx
            .insertInto("carts")
            .values({ tokenHash: (await newAnonymousCart(trx)).tokenHash })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;
    }
    const line = await trx
      .insertInto("cartLines")
      .values({ cartId, animalId: input.animalId, quantity: input.quantity })
      .onConflict((oc) =>
        oc
          .columns(["cartId", "animalId"])
          .doUpdateSet({ quantity: sql<number>`cart_lines.quantity + excluded.quantity` }),
      )
      .returning("quantity")
      .executeTakeFirstOrThrow();
    // Checked after the write so that two adds racing are judged on their sum; a throw rolls back.
    checkQuantity(line.quantity, available);
    await touch(trx, cartId);
    return readCartView(trx, cartId);
  });
}

/** Sets how many of an animal the cart holds; NOT_FOUND when it holds none. */
export async function setCartQuantity(
  db: Kysely<Database>,
  owner: CartOwner,
  input: CartSetQuantityInput,
): Promise<CartView> {
  return db.transaction().execute(async (trx) => {
    const cartId = await findCartId(trx, owner);
    checkQuantity(input.quantity, await purchasable(trx, input.animalId));
    const updated = cartId
      ? await trx
          .updateTable("cartLines")
          .set({ quantity: input.quantity })
          .where("cartId", "=", cartId)
          .where("animalId", "=", input.animalId)
          .executeTakeFirst()
      : undefined;
    if (!cartId || updated?.numUpdatedRows !== 1n) {
      throw new DomainError("NOT_FOUND", "This animal is not in your cart.");
    }
    await touch(trx, cartId);
    return readCartView(trx, cartId);
  });
}

/** Takes an animal out of the cart (nothing happens when it was not there). */
export async function removeFromCart(db: Kysely<Database>, owner: CartOwner, animalId: string) {
  const cartId = await findCartId(db, owner);
  if (cartId) {
    await db.deleteFrom("cartLines").where("cartId", "=", cartId).where("animalId", "=", animalId).execute();
    await touch(db, cartId);
  }
  return readCartView(db, cartId);
}

/** Empties the cart. */
export async function clearCart(db: Db, owner: CartOwner): Promise<CartView> {
  const cartId = await findCartId(db, owner);
  if (cartId) await db.deleteFrom("cartLines").where("cartId", "=", cartId).execute();
  return readCartView(db, undefined);
}

async function touch(db: Db, cartId: string) {
  await db.updateTable("carts").set({ updatedAt: sql`now()` }).where("id", "=", cartId).execute();
}

/**
 * At sign-in, moves an anonymous cart into the user's: quantities are added, capped by what can be
 * bought now (lines that cannot be bought at all are left behind), and the anonymous cart is gone.
 */
export async function mergeAnonymousCart(db: Kysely<Database>, tokenHash: string, userId: string) {
  await db.transaction().execute(async (trx) => {
    const anonymous = await trx
      .selectFrom("carts")
      .select("id")
      .where("tokenHash", "=", tokenHash)
      .forUpdate()
      .executeTakeFirst();
    if (!anonymous) return;
    const target = await userCartId(trx, userId);
    const cap = (quantity: ReturnType<typeof sql<number>>) =>
      sql<number>`least(${quantity}, (select stock from animals where id = excluded.animal_id), ${MAX_LINE_QUANTITY})`;
    await trx
      .insertInto("cartLines")
      .columns(["cartId", "animalId", "quantity"])
      .expression((eb) =>
        eb
          .selectFrom("cartLines as line")
          .innerJoin("animals", "animals.id", "line.animalId")
          .select([
            sql<string>`${target}::uuid`.as("cartId"),
            "line.animalId",
            sql<number>`least(line.quantity, animals.stock, ${MAX_LINE_QUANTITY})`.as("quantity"),
          ])
          .where("line.cartId", "=", anonymous.id)
          .where("animals.status", "=", "active")
          .where("animals.stock", ">", 0),
      )
      .onConflict((oc) =>
        oc
          .columns(["cartId", "animalId"])
          .doUpdateSet({ quantity: cap(sql<number>`cart_lines.quantity + excluded.quantity`) }),
      )
      .execute();
    await trx.deleteFrom("carts").where("id", "=", anonymous.id).execute();
    await touch(trx, target);
  });
}
