import { type Kysely, sql } from "kysely";

// Carts, orders and their history. A cart holds animals and quantities, never prices; an order
// snapshots name and unit price per line, and every change of its status (and every staff note)
// is a row in order_events. Value lists are copied here, not imported, so this migration means the
// same thing forever.

const ORDER_STATUSES = ["pending_payment", "paid", "fulfilled", "cancelled", "expired", "refunded"];
const FULFILMENTS = ["pickup", "delivery"];
const EVENT_KINDS = ["status", "note"];
const ACTOR_KINDS = ["customer", "staff", "system"];

const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

const timestamp = sql`timestamptz(3)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // A visitor's cart: a signed-in user's (one per user) or an anonymous one found by the SHA-256
  // of the token in its cookie. Exactly one of the two keys is set.
  await db.schema
    .createTable("carts")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.unique().references("users.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.unique())
    .addColumn("created_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("carts_one_owner", sql`(user_id is null) <> (token_hash is null)`)
    .addCheckConstraint("carts_token_hash_hex", sql`token_hash ~ '^[0-9a-f]{64}$'`)
    .execute();
  // Abandoned anonymous carts are swept by age.
  await db.schema
    .createIndex("carts_anonymous_updated_idx")
    .on("carts")
    .column("updated_at")
    .where(sql.ref("token_hash"), "is not", null)
    .execute();

  await db.schema
    .createTable("cart_lines")
    .addColumn("cart_id", "uuid", (c) => c.notNull().references("carts.id").onDelete("cascade"))
    .addColumn("animal_id", "uuid", (c) => c.notNull().references("animals.id").onDelete("cascade"))
    .addColumn("quantity", "integer", (c) => c.notNull())
    .addColumn("added_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("cart_lines_pk", ["cart_id", "animal_id"])
    .addCheckConstraint("cart_lines_quantity_positive", sql`quantity between 1 and 1000`)
    .execute();

  await db.schema
    .createTable("orders")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // What a customer reads out on the phone; never used to look an order up from outside.
    .addColumn("number", "bigint", (c) => c.notNull().unique().generatedAlwaysAsIdentity())
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("restrict"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("total_minor", "integer", (c) => c.notNull())
    .addColumn("contact_name", "text", (c) => c.notNull())
    .addColumn("contact_email", "text", (c) => c.notNull())
    .addColumn("contact_phone", "text")
    .addColumn("fulfilment", "text", (c) => c.notNull())
    .addColumn("delivery_address", "jsonb")
    .addColumn("note", "text")
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("expires_at", timestamp)
    // Set once the confirmation mail is out, so a retried mail job does not send it twice.
    .addColumn("confirmation_mailed_at", timestamp)
    .addColumn("created_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("orders_status_known", oneOf("status", ORDER_STATUSES))
    .addCheckConstraint("orders_fulfilment_known", oneOf("fulfilment", FULFILMENTS))
    .addCheckConstraint(
      "orders_address_for_delivery",
      sql`(fulfilment = 'delivery') = (delivery_address is not null)`,
    )
    .addCheckConstraint("orders_total_non_negative", sql`total_minor >= 0`)
    .addCheckConstraint("orders_currency_iso", sql`currency ~ '^[A-Z]{3}$'`)
    .addCheckConstraint("orders_note_length", sql`length(note) <= 1000`)
    .addCheckConstraint("orders_idempotency_key_length", sql`length(idempotency_key) between 8 and 100`)
    // A retried checkout finds the order its first attempt made.
    .addUniqueConstraint("orders_user_idempotency_key", ["user_id", "idempotency_key"])
    .execute();
  await db.schema
    .createIndex("orders_user_created_idx")
    .on("orders")
    .columns(["user_id", "created_at desc", "id desc"])
    .execute();
  await db.schema
    .createIndex("orders_created_idx")
    .on("orders")
    .columns(["created_at desc", "id desc"])
    .execute();
  await db.schema
    .createIndex("orders_status_created_idx")
    .on("orders")
    .columns(["status", "created_at desc", "id desc"])
    .execute();
  // The expiry job's only question: which unpaid orders are past their hold.
  await db.schema
    .createIndex("orders_pending_expiry_idx")
    .on("orders")
    .column("expires_at")
    .where(sql.ref("status"), "=", "pending_payment")
    .execute();

  await db.schema
    .createTable("order_lines")
    .addColumn("order_id", "uuid", (c) => c.notNull().references("orders.id").onDelete("cascade"))
    .addColumn("animal_id", "uuid", (c) => c.notNull().references("animals.id").onDelete("restrict"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("unit_price_minor", "integer", (c) => c.notNull())
    .addColumn("quantity", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("order_lines_pk", ["order_id", "animal_id"])
    .addCheckConstraint("order_lines_price_non_negative", sql`unit_price_minor >= 0`)
    .addCheckConstraint("order_lines_quantity_positive", sql`quantity > 0`)
    .execute();
  await db.schema.createIndex("order_lines_animal_idx").on("order_lines").column("animal_id").execute();

  await db.schema
    .createTable("order_events")
    // A sequence, not a UUID: events of one transaction share a timestamp, and the id keeps their order.
    .addColumn("id", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("order_id", "uuid", (c) => c.notNull().references("orders.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text")
    .addColumn("actor_kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("reason", "text")
    .addColumn("created_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("order_events_kind_known", oneOf("kind", EVENT_KINDS))
    .addCheckConstraint("order_events_actor_known", oneOf("actor_kind", ACTOR_KINDS))
    .addCheckConstraint(
      "order_events_shape",
      sql`(kind = 'status' and to_status is not null) or (kind = 'note' and from_status is null and to_status is null and reason is not null)`,
    )
    .addCheckConstraint("order_events_reason_length", sql`length(reason) <= 1000`)
    .execute();
  await db.schema
    .createIndex("order_events_order_idx")
    .on("order_events")
    .columns(["order_id", "id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("order_events").execute();
  await db.schema.dropTable("order_lines").execute();
  await db.schema.dropTable("orders").execute();
  await db.schema.dropTable("cart_lines").execute();
  await db.schema.dropTable("carts").execute();
}
