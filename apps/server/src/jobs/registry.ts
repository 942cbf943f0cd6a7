import {
  type Clock,
  expireOverdueOrders,
  type JobName,
  type JobPayloads,
  type JobQueue,
  type Mailer,
  mailOrderConfirmation,
  mailPaymentReceipt,
  mailRefundNotice,
  type PaymentProvider,
  sendRefundToProvider,
} from "@petshop/api";
import type { Database } from "@petshop/db";
import type { Kysely } from "kysely";

// Every job the shop runs, in one place. A job the API can send (`JobPayloads`) must have its
// handler here, or this file fails to typecheck; a recurring job names its schedule. Queues,
// schedules and workers are all made from these two tables, so adding a job is its payload type
// in the API and one entry here. The work itself lives in the API's services and is idempotent:
// a job delivered twice, or to two instances, ends the same as once.

export interface JobDeps {
  db: Kysely<Database>;
  mailer: Mailer;
  publicUrl: string;
  /** Where and when pickup orders are collected (the confirmation mail says so). */
  pickup: { address: string; hours: string };
  clock: Clock;
  payments: PaymentProvider;
  /** Where a job that queues further jobs (a settled refund's notice) sends them. */
  queue: JobQueue;
}

/** What a job did, for its log line. */
type Outcome = Record<string, unknown>;

export const JOB_HANDLERS: { [N in JobName]: (deps: JobDeps, payload: JobPayloads[N]) => Promise<Outcome> } =
  {
    "order-confirmation": async (deps, { orderId }) => ({
      orderId,
      outcome: await mailOrderConfirmation(deps, orderId),
    }),
    "payment-receipt": async (deps, { orderId }) => ({
      orderId,
      outcome: await mailPaymentReceipt(deps, orderId),
    }),
    "payment-refund": async (deps, { refundId }) => ({
      refundId,
      outcome: await sendRefundToProvider(deps.db, deps.payments, deps.queue, refundId),
    }),
    "refund-notice": async (deps, { refundId }) => ({
      refundId,
      outcome: await mailRefundNotice(deps, refundId),
    }),
  };

/**
 * Mail still pending this long after it was recorded was forgotten by a process that died (normal
 * delivery starts at once and takes seconds); the sweep delivers it.
 */
const FORGOTTEN_MAIL_AFTER_MS = 5 * 60_000;

/** Jobs nobody sends: they run on a cron schedule (once a minute is pg-boss's finest). */
export const SCHEDULED_JOBS = {
  /** Unpaid orders past their hold expire and return their stock. */
  "expire-orders": {
    cron: "* * * * *",
    run: async (deps: JobDeps) => ({ expired: await expireOverdueOrders(deps.db, deps.clock.now()) }),
  },
  /** Mail a process recorded but died before delivering. */
  "deliver-forgotten-mail": {
    cron: "* * * * *",
    run: async (deps: JobDeps) => ({
      delivered: await deps.mailer.deliverForgotten(
        new Date(deps.clock.now().getTime() - FORGOTTEN_MAIL_AFTER_MS),
      ),
    }),
  },
} satisfies Record<string, { cron: string; run: (deps: JobDeps) => Promise<Outcome> }>;

export const isJobName = (name: string): name is JobName => name in JOB_HANDLERS;

/** Every queue, created at start. */
export const QUEUES: readonly string[] = [...Object.keys(JOB_HANDLERS), ...Object.keys(SCHEDULED_JOBS)];
