import type { TRPCRouterRecord } from "@trpc/server";
import { authedProcedure, staffProcedure } from "../../trpc";
import { refundOrder } from "./refunds";
import { paymentOrderInput, refundInput } from "./schemas";
import { paymentStatus, startPayment } from "./start-payment";

export const paymentsRouter = {
  /** Where to pay the caller's order awaiting payment (an open attempt is reused). */
  start: authedProcedure.input(paymentOrderInput).mutation(({ ctx, input }) =>
    startPayment(ctx.db, ctx.payments, {
      userId: ctx.user.id,
      orderId: input.orderId,
      publicUrl: ctx.publicUrl,
      now: ctx.clock.now(),
    }),
  ),

  /** The payment state of the caller's order, for the page they return to. */
  status: authedProcedure
    .input(paymentOrderInput)
    .query(({ ctx, input }) => paymentStatus(ctx.db, ctx.user.id, input.orderId)),

  /** Staff: refund part or all of a paid order, optionally putting its animals back on sale. */
  refund: staffProcedure
    .input(refundInput)
    .mutation(({ ctx, input }) => refundOrder(ctx.db, ctx.jobs, ctx.user.id, input)),
} satisfies TRPCRouterRecord;
