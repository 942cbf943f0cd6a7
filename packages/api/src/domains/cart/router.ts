import type { TRPCRouterRecord } from "@trpc/server";
import { clientBucket, rateRules, takeRate } from "../../auth/rate-limits";
import { type Context, publicProcedure } from "../../trpc";
import { cartOwner, newCartToken } from "./cart-owner";
import { addToCart, clearCart, getCart, removeFromCart, setCartQuantity } from "./cart-service";
import { cartAddInput, cartLineInput, cartSetQuantityInput } from "./schemas";

const ownerOf = (ctx: Context) => cartOwner(ctx.user, ctx.headers, ctx.cookies);

export const cartRouter = {
  /** The caller's cart at today's prices, with lines that cannot be bought flagged. */
  get: publicProcedure.query(({ ctx }) => getCart(ctx.db, ownerOf(ctx))),

  /**
   * Adds an animal; an anonymous visitor's first add starts a cart and sets its cookie (new carts
   * are rate-limited per address; the count is taken back if the add fails).
   */
  add: publicProcedure.input(cartAddInput).mutation(({ ctx, input }) =>
    addToCart(ctx.db, ownerOf(ctx), input, async (trx) => {
      if (ctx.clientIp)
        await takeRate(
          trx,
          rateRules(ctx.rateLimits).anonymousCart,
          clientBucket(ctx.clientIp),
          ctx.clock.now(),
        );
      const token = newCartToken(ctx.cookies);
      ctx.resHeaders.append("Set-Cookie", token.cookie);
      return token;
    }),
  ),

  /** Sets how many of an animal the cart holds (1 or more, never above what is available). */
  setQuantity: publicProcedure
    .input(cartSetQuantityInput)
    .mutation(({ ctx, input }) => setCartQuantity(ctx.db, ownerOf(ctx), input)),

  /** Takes an animal out of the cart. */
  remove: publicProcedure
    .input(cartLineInput)
    .mutation(({ ctx, input }) => removeFromCart(ctx.db, ownerOf(ctx), input.animalId)),

  /** Empties the cart. */
  clear: publicProcedure.mutation(({ ctx }) => clearCart(ctx.db, ownerOf(ctx))),
} satisfies TRPCRouterRecord;
