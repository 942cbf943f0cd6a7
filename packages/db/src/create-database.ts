import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { CamelCasePlugin, type Dialect, Kysely, type LogConfig, PostgresDialect } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock";
import { preparingPool } from "./prepared-statements";
import { ReleasingDriver } from "./releasing-driver";
import type { Database } from "./schema";
import { textParsers } from "./type-parsers";

export type DatabaseConfig =
  | {
      kind: "postgres";
      url: string;
      poolMax?: number;
      connectionTimeoutMs?: number;
      /** Name the statements each connection runs, so they are planned once (default true). */
      preparedStatements?: boolean;
    }
  /** `dataDir`: a folder, or `memory://`; `loadDataDir`: a dump to start from (tests). */
  | { kind: "pglite"; dataDir: string; loadDataDir?: Blob };

const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    textParsers[oid] ?? pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
};

function postgresPool(config: Extract<DatabaseConfig, { kind: "postgres" }>) {
  return new pg.Pool({
    connectionString: config.url,
    max: config.poolMax ?? 10,
    connectionTimeoutMillis: config.connectionTimeoutMs ?? 5_000,
    // Sessions in UTC so that now(), date_trunc and friends agree with the ISO strings we emit.
    options: "-c TimeZone=UTC",
    types: pgTypes,
  });
}

/** An embedded PostgreSQL that reads values exactly as the pg pool does. */
export function createPGlite(config: Omit<Extract<DatabaseConfig, { kind: "pglite" }>, "kind">): PGlite {
  return new PGlite({
    dataDir: config.dataDir,
    ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
    parsers: textParsers,
    // PGlite takes startup parameters like a postmaster command line.
    startParams: [...PGlite.defaultStartParams, "-c", "TimeZone=UTC"],
  });
}

/** What a caller may add to the database handle: Kysely's per-query hook (tracing, logging). */
export interface OpenOptions {
  /** Called after every query with its SQL and duration; unset, queries are not even timed. */
  log?: LogConfig;
}

/** Kysely over an existing PGlite instance; `db.destroy()` closes it, then calls `onClosed`. */
export function databaseOnPGlite(
  pglite: PGlite,
  onClosed: () => void = () => {},
  { log }: OpenOptions = {},
): Kysely<Database> {
  const base = new PGliteDialect(pglite);
  const dialect: Dialect = {
    createAdapter: () => base.createAdapter(),
    createDriver: () => new ReleasingDriver(base.createDriver(), onClosed),
    createQueryCompiler: () => base.createQueryCompiler(),
    createIntrospector: (db) => base.createIntrospector(db),
  };
  return new Kysely<Database>({ dialect, plugins: [new CamelCasePlugin()], ...(log ? { log } : {}) });
}

/** A database handle and, on the embedded database, the PGlite instance under it. */
export interface OpenDatabase {
  db: Kysely<Database>;
  /** Set only on PGlite, for the few tools that must talk to it directly (the job queue). */
  pglite: PGlite | null;
  /** How the PostgreSQL pool's connections are used right now, for metrics; null on PGlite. */
  poolUse: (() => PoolUse) | null;
}

export interface PoolUse {
  /** Connections open, busy or idle. */
  total: number;
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
}

/** `createDatabase`, also handing back the PGlite instance when there is one. */
export function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): OpenDatabase {
  if (config.kind === "pglite") {
    const inMemory = config.dataDir.startsWith("memory://");
    if (!inMemory) mkdirSync(config.dataDir, { recursive: true });
    const release = inMemory ? () => {} : lockDataDir(config.dataDir);
    try {
      const pglite = createPGlite(config);
      return { db: databaseOnPGlite(pglite, release, options), pglite, poolUse: null };
    } catch (error) {
      release();
      throw error;
    }
  }
  const pool = postgresPool(config);
  return {
    db: new Kysely<Database>({
      dialect: new PostgresDialect({
        pool: config.preparedStatements === false ? pool : preparingPool(pool),
      }),
      plugins: [new CamelCasePlugin()],
      ...(options.log ? { log: options.log } : {}),
    }),
    pglite: null,
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

/**
 * Kysely over PostgreSQL (pg pool) or embedded PGlite. The same queries run on both; only the
 * connection differs. Close it with `db.destroy()`.
 */
export function createDatabase(config: DatabaseConfig): Kysely<Database> {
  return openDatabase(config).db;
}
