import { countryOptions } from "@petshop/db/constants";
import type { TRPCRouterRecord } from "@trpc/server";
import { authedProcedure, type Context, publicProcedure, staffProcedure } from "../../trpc";
import { checkout } from "./checkout";
import { refuseUndeliverable } from "./deliverable";
import { exportOrderLines } from "./export-order-lines";
import { addOrderNote, cancelOwnOrder, markOrderFulfilled, staffCancelOrder } from "./order-actions";
import type { OrderActor } from "./order-status";
import { adminFindOrder, adminListOrders, findOwnOrder, listOwnOrders, orderIdByNumber } from "./order-views";
import {
  adminOrderListInput,
  checkoutInput,
  customerCancelInput,
  orderIdInput,
  orderLinesExportInput,
  orderListInput,
  orderNoteInput,
  orderNumberInput,
  staffCancelInput,
} from "./schemas";

const staffActor = (user: NonNullable<Context["user"]>): OrderActor => ({ kind: "staff", userId: user.id });

export const ordersRouter = {
  /** Turns the caller's cart into an order awaiting payment; a retry with the same key returns it. */
  checkout: authedProcedure.input(checkoutInput).mutation(async ({ ctx, input }) => {
    refuseUndeliverable(input.fulfilment, ctx.deliveryCountries);
    const { orderId } = await checkout(ctx.db, ctx.user.id, input, {
      holdMinutes: ctx.orderHoldMinutes,
      jobs: ctx.jobs,
    });
    return findOwnOrder(ctx.db, ctx.user.id, orderId);
  }),

  /** Where pickup orders are collected, and when the shop is open for it. */
  pickupPoint: publicProcedure.query(({ ctx }) => ctx.pickup),

  /** The countries the shop delivers to, by code and name, in the order checkout offers them. */
  deliveryCountries: publicProcedure.query(({ ctx }) => countryOptions(ctx.deliveryCountries)),

  /** The caller's orders, newest first. */
  list: authedProcedure
    .input(orderListInput)
    .query(({ ctx, input }) => listOwnOrders(ctx.db, ctx.user.id, input)),

  /** One of the caller's orders with its lines. */
  byId: authedProcedure
    .input(orderIdInput)
    .query(({ ctx, input }) => findOwnOrder(ctx.db, ctx.user.id, input.orderId)),

  /** The caller cancels their unpaid order; its animals go back on sale. */
  cancel: authedProcedure.input(customerCancelInput).mutation(async ({ ctx, input }) => {
    await cancelOwnOrder(ctx.db, ctx.user.id, input.orderId, input.reason);
    return findOwnOrder(ctx.db, ctx.user.id, input.orderId);
  }),

  /** Staff: every order, filtered by status, dates and customer email. */
  adminList: staffProcedure
    .input(adminOrderListInput)
    .query(({ ctx, input }) => adminListOrders(ctx.db, input)),

  /** Staff: an order with its customer and timeline. */
  adminById: staffProcedure
    .input(orderIdInput)
    .query(({ ctx, input }) => adminFindOrder(ctx.db, input.orderId)),

  /** Staff: an order found by the number people read, e.g. from a courier's list. */
  adminByNumber: staffProcedure
    .input(orderNumberInput)
    .query(async ({ ctx, input }) => adminFindOrder(ctx.db, await orderIdByNumber(ctx.db, input.number))),

  /** Staff: a page of order lines placed in a range of days, for the books. */
  exportLines: staffProcedure
    .input(orderLinesExportInput)
    .query(({ ctx, input }) => exportOrderLines(ctx.db, input, ctx.timeZone)),

  /** Staff: a paid order was handed over. */
  markFulfilled: staffProcedure.input(orderIdInput).mutation(async ({ ctx, input }) => {
    await markOrderFulfilled(ctx.db, staffActor(ctx.user), input.orderId);
    return adminFindOrder(ctx.db, input.orderId);
  }),

  /** Staff: cancel an unpaid order, with a reason. */
  adminCancel: staffProcedure.input(staffCancelInput).mutation(async ({ ctx, input }) => {
    await staffCancelOrder(ctx.db, staffActor(ctx.user), input.orderId, input.reason);
    return adminFindOrder(ctx.db, input.orderId);
  }),

  /** Staff: a note on the order's timeline. */
  addNote: staffProcedure.input(orderNoteInput).mutation(async ({ ctx, input }) => {
    await addOrderNote(ctx.db, staffActor(ctx.user), input.orderId, input.text);
    return adminFindOrder(ctx.db, input.orderId);
  }),
} satisfies TRPCRouterRecord;
