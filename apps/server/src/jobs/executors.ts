import type { PGlite } from "@electric-sql/pglite";
import type { Database } from "@petshop/db";
import { CompiledQuery, type Kysely, type Transaction } from "kysely";
import type PgBoss from "pg-boss";

// How pg-boss reaches the database when it does not open its own pool: through our Kysely
// handle, so its statements share our connection discipline (and, for a job sent with a change,
// our transaction).

/** pg-boss SQL run in `trx`, so a job exists exactly when the transaction that queued it commits. */
export function transactionExecutor(trx: Transaction<Database>): PgBoss.Db {
  // Without plugins: pg-boss reads its own snake_case columns.
  const raw = trx.withoutPlugins();
  return {
    async executeSql(text, values = []) {
      const result = await raw.executeQuery(CompiledQuery.raw(text, values));
      return { rows: [...result.rows] };
    },
  };
}

/**
 * pg-boss on the embedded PGlite, which is one connection. Each statement first takes that
 * connection from Kysely, so it never lands inside a transaction of ours; scripts of several
 * statements (pg-boss's schema and maintenance) go through PGlite's `exec`.
 */
export function pgliteExecutor(db: Kysely<Database>, pglite: PGlite): PgBoss.Db {
  return {
    executeSql(text, values = []) {
      return db.connection().execute(async () => {
        if (values.length > 0) return { rows: (await pglite.query(text, values)).rows };
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      });
    },
  };
}
