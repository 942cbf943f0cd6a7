import { type Kysely, type Migration, type MigrationResultSet, Migrator, NO_MIGRATIONS } from "kysely";
import { migrations as allMigrations } from "./migrations";

// Kysely's Migrator runs every pending migration in one transaction on PostgreSQL (transactional
// DDL), under an advisory lock: a failure leaves the database as it was, and several servers
// starting at once migrate it only once.

/** Thrown when a migration fails; the database is unchanged. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

function migratorFor<DB>(db: Kysely<DB>, migrations: Record<string, Migration>) {
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
}

function unwrap({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    // No failed migration means we never got as far as running one (e.g. no connection).
    if (!failed) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${failed} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Applies every pending migration; returns the names applied (empty when up to date). */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  migrations: Record<string, Migration> = allMigrations,
): Promise<string[]> {
  return unwrap(await migratorFor(db, migrations).migrateToLatest());
}

/** Reverts the latest applied migration; returns its name, if any. */
export async function rollbackOne<DB>(db: Kysely<DB>): Promise<string[]> {
  return unwrap(await migratorFor(db, allMigrations).migrateDown());
}

/** Reverts every migration, leaving an empty schema. */
export async function rollbackAll<DB>(db: Kysely<DB>): Promise<string[]> {
  return unwrap(await migratorFor(db, allMigrations).migrateTo(NO_MIGRATIONS));
}

export interface MigrationStatus {
  name: string;
  executedAt: Date | undefined;
}

/** Every known migration and when it ran. */
export async function migrationStatus<DB>(db: Kysely<DB>): Promise<MigrationStatus[]> {
  const infos = await migratorFor(db, allMigrations).getMigrations();
  return infos.map((info) => ({ name: info.name, executedAt: info.executedAt }));
}

/** Names of migrations not yet applied. */
export async function pendingMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  return (await migrationStatus(db)).filter((m) => !m.executedAt).map((m) => m.name);
}
