import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import type pg from "pg";

// Named prepared statements for the pg pool under Kysely. A named statement is parsed and planned
// once per connection; each later run sends only its parameters, which halves what PostgreSQL
// spends on a by-slug read (docs/decisions/020-prepared-statements.md). Two things make naming
// unsafe, and both are avoided here:
// - DDL (a migration changing a table a statement reads) makes PostgreSQL refuse the old statement
//   with 0A000 "cached plan must not change result type". Outside a transaction the statement is
//   deallocated, prepared again under a new name and run once more, so no caller sees the error.
// - Inside a transaction that error would abort the whole transaction, so nothing is named there.
// Each connection names at most `maxPerConnection` distinct statements (bounded server memory);
// later ones run unnamed, as every statement did before.

/** Distinct statements one connection keeps prepared; further ones run unnamed. */
export const MAX_PREPARED_PER_CONNECTION = 200;

/** feature_not_supported, which PostgreSQL raises for a prepared statement whose result type changed. */
const PLAN_CHANGED = "0A000";

const PREPARABLE = /^\s*(?:select|insert|update|delete|with)\b/i;
const BEGINS = /^\s*(?:begin|start\s+transaction)\b/i;
const ENDS = /^\s*(?:commit|end|abort|rollback(?!\s+to\b))\b/i;

/** What one connection has prepared, and whether it is inside a transaction now. */
interface ConnectionStatements {
  names: Map<string, string>;
  /** Names handed out on this connection so far, so a re-prepared statement gets a fresh one. */
  issued: number;
  inTransaction: boolean;
}

type KyselyCommand = PostgresQueryResult<unknown>["command"];
const KYSELY_COMMANDS: ReadonlySet<string> = new Set<KyselyCommand>([
  "UPDATE",
  "DELETE",
  "INSERT",
  "SELECT",
  "MERGE",
]);
const isKyselyCommand = (command: string): command is KyselyCommand => KYSELY_COMMANDS.has(command);

/** pg's result as Kysely reads it: other commands (BEGIN, SET) affect no rows it counts. */
function forKysely<R>(result: pg.QueryResult): PostgresQueryResult<R> {
  return {
    command: isKyselyCommand(result.command) ? result.command : "SELECT",
    rowCount: result.rowCount ?? 0,
    rows: result.rows,
  };
}

function isPlanChanged(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === PLAN_CHANGED;
}

function preparingClient(
  client: pg.PoolClient,
  state: ConnectionStatements,
  maxPerConnection: number,
): PostgresPoolClient {
  const nameFor = (text: string): string | null => {
    const known = state.names.get(text);
    if (known !== undefined) return known;
    if (state.names.size >= maxPerConnection) return null;
    const name = `petshop_${++state.issued}`;
    state.names.set(text, name);
    return name;
  };

  async function run(text: string, parameters: ReadonlyArray<unknown>): Promise<pg.QueryResult> {
    const values = [...parameters];
    if (BEGINS.test(text)) state.inTransaction = true;
    else if (ENDS.test(text)) state.inTransaction = false;
    // Statements without parameters go by the simple protocol, which also allows several in one text.
    const name = !state.inTransaction && values.length > 0 && PREPARABLE.test(text) ? nameFor(text) : null;
    if (name === null) return client.query(text, values);
    try {
      return await client.query({ name, text, values });
    } catch (error) {
      if (!isPlanChanged(error)) throw error;
      await client.query(`deallocate "${name}"`).catch(() => {});
      state.names.delete(text);
      const renamed = nameFor(text);
      return renamed === null ? client.query(text, values) : client.query({ name: renamed, text, values });
    }
  }

  // Kysely streams through a cursor only when its dialect is given one, and ours is not.
  function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query<R>(
    textOrCursor: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof textOrCursor !== "string") throw new Error("This pool is not set up for cursors.");
    return run(textOrCursor, parameters ?? []).then((result) => forKysely<R>(result));
  }
  return {
    query,
    release: () => client.release(),
  };
}

/** The pool as Kysely's PostgresDialect takes it, naming the statements its connections run. */
export function preparingPool(pool: pg.Pool, maxPerConnection = MAX_PREPARED_PER_CONNECTION): PostgresPool {
  const statements = new WeakMap<pg.PoolClient, ConnectionStatements>();
  return {
    async connect() {
      const client = await pool.connect();
      let state = statements.get(client);
      if (!state) {
        state = { names: new Map(), issued: 0, inTransaction: false };
        statements.set(client, state);
      }
      return preparingClient(client, state, maxPerConnection);
    },
    end: () => pool.end(),
  };
}
