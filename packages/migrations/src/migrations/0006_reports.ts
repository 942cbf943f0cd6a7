import { type Kysely, sql } from "kysely";

// Indexes for the staff reports (docs/decisions/011-reports.md, plans in docs/query-plans.md).
// Sales are read by the moment an order became paid and refunds by the moment they were made, so
// each gets a partial index on that moment holding what the report joins on; flagged orders are a
// handful among many, listed newest first. Unpaid orders about to expire already have
// orders_pending_expiry_idx (0004), and the low-stock list has no index on purpose: stock changes
// with every checkout, and an index on it would stop those updates being HOT.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index order_events_paid_idx on order_events (created_at) include (order_id)
    where to_status = 'paid'`.execute(db);
  await sql`create index refunds_succeeded_idx on refunds (created_at) include (payment_id, amount_minor)
    where status = 'succeeded'`.execute(db);
  await db.schema
    .createIndex("orders_attention_idx")
    .on("orders")
    .columns(["created_at desc", "id desc"])
    .where(sql.ref("attention"), "is not", null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("orders_attention_idx").execute();
  await db.schema.dropIndex("refunds_succeeded_idx").execute();
  await db.schema.dropIndex("order_events_paid_idx").execute();
}
