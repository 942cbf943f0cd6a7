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

/** How often unpaid orders past their hold are looked for (pg-boss's finest schedule). */
const EXPIRY_SCHEDULE = "* * * * *";

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
  await boss.work<JobPayloads["order-confirmation"]>("order-confirmation", polling, async (jobs) => {
    for (const job of jobs) {
      const outcome = await mailOrderConfirmation(deps, job.data.orderId);
      deps.logger.info({ orderId: job.data.orderId, outcome }, "order confirmation");
    }
  });
  await boss.work<JobPayloads["payment-receipt"]>("payment-receipt", polling, async (jobs) => {
    for (const job of jobs) {
      const outcome = await mailPaymentReceipt(deps, job.data.orderId);
      deps.logger.info({ orderId: job.data.orderId, outcome }, "payment receipt");
    }
  });
  await boss.work<JobPayloads["payment-refund"]>("payment-refund", polling, async (jobs) => {
    for (const job of jobs) {
      const outcome = await sendRefundToProvider(deps.db, deps.payments, queue, job.data.refundId);
      deps.logger.info({ refundId: job.data.refundId, outcome }, "refund sent to the provider");
    }
  });
  await boss.work<JobPayloads["refund-notice"]>("refund-notice", polling, async (jobs) => {
    for (const job of jobs) {
      const outcome = await mailRefundNotice(deps, job.data.refundId);
      deps.logger.info({ refundId: job.data.refundId, outcome }, "refund notice");
    }
  });
  await boss.work("expire-orders", polling, async () => {
    const expired = await expireOverdueOrders(deps.db, deps.clock.now());
    if (expired > 0) deps.logger.info({ expired }, "expired unpaid orders");
  });
  await boss.schedule("expire-orders", EXPIRY_SCHEDULE);
}
