import type { Database } from "@petshop/db";
import type { Transaction } from "kysely";

// The jobs the shop runs in the background, and how services ask for one. The queue itself
// (pg-boss on PostgreSQL, or on the embedded PGlite) is the server's business; services only see
// this interface, so they stay free of it and tests can run jobs directly.

/** Every job's name and payload. */
export interface JobPayloads {
  /** Mail the customer their order confirmation (once per order). */
  "order-confirmation": { orderId: string };
  /** Mail the customer a receipt for their paid order. */
  "payment-receipt": { orderId: string };
  /** Ask the payment provider for a recorded refund (once). */
  "payment-refund": { refundId: string };
  /** Tell the customer a refund went through. */
  "refund-notice": { refundId: string };
}

export type JobName = keyof JobPayloads;

export interface JobQueue {
  /**
   * Queues a job. With `trx`, the job is written in that transaction, so it exists exactly when
   * the change that asked for it was committed (an order and its confirmation mail, together).
   */
  send<N extends JobName>(name: N, payload: JobPayloads[N], trx?: Transaction<Database>): Promise<void>;
}
