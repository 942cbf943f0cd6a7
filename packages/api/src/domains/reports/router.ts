import type { TRPCRouterRecord } from "@trpc/server";
import { staffProcedure } from "../../trpc";
import { ordersNeedingAttention } from "./attention";
import { listLowStock } from "./low-stock";
import { salesReport } from "./sales-report";
import { attentionInput, lowStockInput, salesReportInput } from "./schemas";

export const reportsRouter = {
  /** Staff: sales, units and refunds by day, week, month or species over the shop's days. */
  sales: staffProcedure
    .input(salesReportInput)
    .query(({ ctx, input }) => salesReport(ctx.db, input, { timeZone: ctx.timeZone, now: ctx.clock.now() })),

  /** Staff: active listings running out of stock, fewest units first. */
  lowStock: staffProcedure.input(lowStockInput).query(({ ctx, input }) => listLowStock(ctx.db, input)),

  /** Staff: flagged orders, unpaid orders about to expire, and paid orders awaiting fulfilment. */
  attention: staffProcedure
    .input(attentionInput)
    .query(({ ctx, input }) => ordersNeedingAttention(ctx.db, input, ctx.clock.now())),
} satisfies TRPCRouterRecord;
