export { describeFailure } from "./describe-failure";
export { migrations } from "./migrations";
export {
  MigrationError,
  type MigrationStatus,
  migrateToLatest,
  migrationStatus,
  pendingMigrations,
  rollbackAll,
  rollbackOne,
} from "./migrator";
export { demoAnimals } from "./seed/demo-animals";
export { seedLoadCatalogue } from "./seed/load-catalogue";
export { random as seededRandom } from "./seed/random";
export { isCatalogueEmpty, seedDemoCatalogue } from "./seed/seed-demo-catalogue";
export { seedOrderHistory } from "./seed/seed-order-history";
