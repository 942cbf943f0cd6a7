import { type Kysely, sql } from "kysely";

// Accounts: users, their sessions, API tokens for scripts, password-reset tokens, the counters
// behind login throttling, and the mail outbox. Secrets are stored only as SHA-256 hashes (hex).

const ROLES = ["customer", "staff", "admin"];
const MAIL_STATUSES = ["pending", "sent", "logged", "failed"];

const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

const timestamp = sql`timestamptz(3)`;
const hexSha256 = (column: string) => sql`${sql.ref(column)} ~ '^[0-9a-f]{64}$'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().defaultTo("customer"))
    .addColumn("disabled_at", timestamp)
    .addColumn("created_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    // Emails are stored normalised, so uniqueness is case-insensitive.
    .addCheckConstraint("users_email_normalised", sql`email = lower(btrim(email)) and email like '_%@_%'`)
    .addCheckConstraint("users_email_length", sql`length(email) <= 254`)
    .addCheckConstraint("users_name_length", sql`length(btrim(name)) between 1 and 100`)
    .addCheckConstraint("users_role_known", oneOf("role", ROLES))
    .execute();
  // Staff page through users newest first; searching by email or name scans (a shop has thousands, not millions).
  await db.schema
    .createIndex("users_created_idx")
    .on("users")
    .columns(["created_at desc", "id desc"])
    .execute();

  await db.schema
    .createTable("sessions")
    // The public half of the token: a lookup key, useless without the secret.
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("secret_hash", "text", (c) => c.notNull())
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", timestamp, (c) => c.notNull())
    .addColumn("last_used_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("user_agent", "text")
    .addColumn("ip_address", "text")
    .addCheckConstraint("sessions_secret_hash_hex", hexSha256("secret_hash"))
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();
  await db.schema.createIndex("sessions_expires_idx").on("sessions").column("expires_at").execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", timestamp, (c) => c.notNull())
    .addColumn("last_used_at", timestamp)
    .addCheckConstraint("api_tokens_name_length", sql`length(btrim(name)) between 1 and 100`)
    .addCheckConstraint("api_tokens_hash_hex", hexSha256("token_hash"))
    .execute();
  await db.schema.createIndex("api_tokens_user_idx").on("api_tokens").column("user_id").execute();

  await db.schema
    .createTable("password_reset_tokens")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", timestamp, (c) => c.notNull())
    .addColumn("used_at", timestamp)
    .addCheckConstraint("password_reset_tokens_hash_hex", hexSha256("token_hash"))
    .execute();
  await db.schema
    .createIndex("password_reset_tokens_user_idx")
    .on("password_reset_tokens")
    .column("user_id")
    .execute();

  await db.schema
    .createTable("auth_throttles")
    // "ip:<address>" or "account:<email>".
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("blocked_until", timestamp)
    .addColumn("updated_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("auth_throttles_failures_non_negative", sql`failures >= 0`)
    .execute();

  await db.schema
    .createTable("mail_outbox")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("error", "text")
    .addColumn("created_at", timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("sent_at", timestamp)
    .addCheckConstraint("mail_outbox_status_known", oneOf("status", MAIL_STATUSES))
    .execute();
  await db.schema
    .createIndex("mail_outbox_created_idx")
    .on("mail_outbox")
    .columns(["created_at desc", "id desc"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "mail_outbox",
    "auth_throttles",
    "password_reset_tokens",
    "api_tokens",
    "sessions",
    "users",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
