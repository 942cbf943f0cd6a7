import {
  type Clock,
  expireOverdueOrders,
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
import type PgBoss from "pg-boss";
import type { Logger } from "pino";

// What each queue's worker does. The work itself lives in the API's services and is idempotent,
// so a job delivered twice, or to two instances, ends the same as once.

/**
 * `boss.work`, except that a worker that found jobs fetches again at once rather than after the
 * polling interval: pg-boss 10 takes one batch per interval even from a full queue, which made
 * order confirmations go out at one per two seconds per process (a burst of 60 orders waited a
 * minute for its mail). A worker sleeps only when its queue is empty. Batches stay one job, so a
 * job that fails is retried alone.
 */
async function workUntilEmpty<T>(
  boss: PgBoss,
  name: string,
  options: PgBoss.WorkOptions,
  handler: (jobs: PgBoss.Job<T>[]) => Promise<void>,
): Promise<void> {
  const worker = { id: "" };
  worker.id = await boss.work<T>(name, options, async (jobs) => {
    await handler(jobs);
    if (worker.id) boss.notifyWorker(worker.id);
  });
}

/**
 * Mail still pending this long after it was recorded was forgotten by a process that died (normal
 * delivery starts at once and takes seconds); the sweep delivers it.
 */
const FORGOTTEN_MAIL_AFTER_MS = 5 * 60_000;

export async function startWorkers(
  boss: PgBoss,
  /** Where jobs that queue further jobs (a settled refund's notice) send them. */
  queue: JobQueue,
  deps: {
    db: Kysely<Database>;
    mailer: Mailer;
    publicUrl: string;
    clock: Clock;
    logger: Logger;
    payments: PaymentProvider;
  },
  options: { pollingIntervalSeconds?: number } = {},
): Promise<void> {
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await workUntilEmpty<JobPayloads["order-confirmation"]>(
    boss,
    "order-confirmation",
    polling,
    async (jobs) => {
      for (const job of jobs) {
        const outcome = await mailOrderConfirmation(deps, job.data.orderId);
        deps.logger.info({ orderId: job.data.orderId, outcome }, "order confirmation");
      }
    },
  );
  await workUntilEmpty<JobPayloads["payment-receipt"]>(boss, "payment-receipt", polling, async (jobs) => {
    for (const job of jobs) {
      const outcome = await mailPaymentReceipt(deps, job.data.orderId);
      deps.logger.info({ orderId: job.data.orderId, outcome }, "payment receipt");
    }
  });
  await workUntilEmpty<JobPayloads["payment-refund"]>(boss, "payment-refund", polling, async (jobs) => {
    for (const job of jobs) {
      const outcome = await sendRefundToProvider(deps.db, deps.payments, queue, job.data.refundId);
      deps.logger.info({ refundId: job.data.refundId, outcome }, "refund sent to the provider");
    }
  });
  await workUntilEmpty<JobPayloads["refund-notice"]>(boss, "refund-notice", polling, async (jobs) => {
    for (const job of jobs) {
      const outcome = await mailRefundNotice(deps, job.data.refundId);
      deps.logger.info({ refundId: job.data.refundId, outcome }, "refund notice");
    }
  });
  await boss.work("deliver-forgotten-mail", polling, async () => {
    const cutoff = new Date(deps.clock.now().getTime() - FORGOTTEN_MAIL_AFTER_MS);
    const delivered = await deps.mailer.deliverForgotten(cutoff);
    if (delivered > 0) deps.logger.warn({ delivered }, "delivered mail a process had left pending");
  });
  await boss.work("expire-orders", polling, async () => {
    const expired = await expireOverdueOrders(deps.db, deps.clock.now());
    if (expired > 0) deps.logger.info({ expired }, "expired unpaid orders");
  });
}
