import { type Kysely, sql } from "kysely";

// Payments: one row per payment attempt at a provider (Stripe's Checkout Session, or the local
// provider's page), the refunds made against it, and every provider event received, stored under
// the provider's own event id so a repeated delivery is recognised and does nothing. Orders gain a
// flag for staff when a payment could not be honoured (paid after its animals were sold).

const PROVIDERS = ["stripe", "local"];
const PAYMENT_STATUSES = ["open", "succeeded", "failed", "expired"];
const REFUND_STATUSES = ["pending", "succeeded", "failed"];

const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

const timestamp = sql`timestamptz(3)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("payments")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("order_id", "uuid", (c) => c.notNull().references("orders.id").onDelete("restrict"))
    .addColumn("provider", "text", (c) => c.notNull())
    // Stripe: the Checkout Session id; local: our own attempt id.
    .addColumn("provider_session_id", "text", (c) => c.notNull())
    // Stripe: the PaymentIntent, known once the customer has paid.
    .addColumn("provider_payment_id", "text")
    .addColumn("redirect_url", "text", (c) => c.notNull())
    .addColumn("amount_minor", "integer", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open"))
    .addColumn("refunded_minor", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("expires_at", timestamp, (c) => c.notNull())
    .addColumn("created_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("payments_provider_known", oneOf("provider", PROVIDERS))
    .addCheckConstraint("payments_status_known", oneOf("status", PAYMENT_STATUSES))
    .addCheckConstraint("payments_amount_non_negative", sql`amount_minor >= 0`)
    .addCheckConstraint("payments_refunds_within_amount", sql`refunded_minor between 0 and amount_minor`)
    .addUniqueConstraint("payments_provider_session", ["provider", "provider_session_id"])
    .execute();
  await db.schema
    .createIndex("payments_order_idx")
    .on("payments")
    .columns(["order_id", "created_at"])
    .execute();
  // At most one attempt open per order: a second "Pay" reuses it.
  await db.schema
    .createIndex("payments_one_open_per_order")
    .unique()
    .on("payments")
    .column("order_id")
    .where(sql.ref("status"), "=", "open")
    .execute();

  await db.schema
    .createTable("refunds")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("payment_id", "uuid", (c) => c.notNull().references("payments.id").onDelete("restrict"))
    .addColumn("provider_refund_id", "text")
    .addColumn("amount_minor", "integer", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("restock", "boolean", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("actor_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    // Set once the customer has been told, so a retried mail job does not tell them twice.
    .addColumn("notice_mailed_at", timestamp)
    .addColumn("created_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("refunds_amount_positive", sql`amount_minor > 0`)
    .addCheckConstraint("refunds_status_known", oneOf("status", REFUND_STATUSES))
    .addCheckConstraint("refunds_reason_length", sql`length(btrim(reason)) between 1 and 500`)
    .execute();
  await db.schema.createIndex("refunds_payment_idx").on("refunds").column("payment_id").execute();
  await db.schema
    .createIndex("refunds_provider_refund_idx")
    .unique()
    .on("refunds")
    .column("provider_refund_id")
    .where(sql.ref("provider_refund_id"), "is not", null)
    .execute();

  await db.schema
    .createTable("payment_events")
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("provider_event_id", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("payment_id", "uuid", (c) => c.references("payments.id").onDelete("set null"))
    // What the event did: applied, ignored (the state machine had moved on), refused (amounts), …
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("payload", "jsonb", (c) => c.notNull())
    .addColumn("received_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("payment_events_provider_known", oneOf("provider", PROVIDERS))
    // A provider's retry of the same event is the same row: the second delivery does nothing.
    .addUniqueConstraint("payment_events_provider_event", ["provider", "provider_event_id"])
    .execute();
  await db.schema
    .createIndex("payment_events_payment_idx")
    .on("payment_events")
    .columns(["payment_id", "id"])
    .execute();

  await db.schema.alterTable("orders").addColumn("attention", "text").execute();
  // Set once the receipt is out, so a retried mail job does not send it twice.
  await db.schema.alterTable("orders").addColumn("receipt_mailed_at", timestamp).execute();
  await db.schema
    .alterTable("orders")
    .addCheckConstraint("orders_attention_length", sql`length(attention) <= 500`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("orders").dropConstraint("orders_attention_length").execute();
  await db.schema.alterTable("orders").dropColumn("receipt_mailed_at").execute();
  await db.schema.alterTable("orders").dropColumn("attention").execute();
  await db.schema.dropTable("payment_events").execute();
  await db.schema.dropTable("refunds").execute();
  await db.schema.dropTable("payments").execute();
}
