import { animalsRouter } from "./domains/animals/router";
import { cartRouter } from "./domains/cart/router";
import { ordersRouter } from "./domains/orders/router";
import { paymentsRouter } from "./domains/payments/router";
import { reportsRouter } from "./domains/reports/router";
import { usersRouter } from "./domains/users/router";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  animals: animalsRouter,
  cart: cartRouter,
  orders: ordersRouter,
  payments: paymentsRouter,
  reports: reportsRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process, e.g. `createCaller(createTRPCContext(...)).animals.list({})`. */
export const createCaller = createCallerFactory(appRouter);
