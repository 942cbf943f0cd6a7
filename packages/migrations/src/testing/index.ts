export type { TestDatabaseTemplate } from "./template-context";
export { createTestDatabase, type TestDatabase } from "./test-database";
