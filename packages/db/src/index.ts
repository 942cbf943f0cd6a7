export * from "./constants";
export {
  createDatabase,
  createPGlite,
  type DatabaseConfig,
  databaseOnPGlite,
  type OpenDatabase,
  type OpenOptions,
  openDatabase,
  type PoolUse,
} from "./create-database";
export { DatabaseInUseError } from "./data-dir-lock";
export { MAX_PREPARED_PER_CONNECTION, preparingPool } from "./prepared-statements";
export { queryTemplate, type Slots } from "./query-template";
export type * from "./schema";
export { toIsoTimestamp } from "./type-parsers";
