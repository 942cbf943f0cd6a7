/** Where the run's migrated template lives; handed from global set-up to each test file. */
export type TestDatabaseTemplate =
  | { kind: "pglite"; dumpPath: string }
  | { kind: "postgres"; serverUrl: string; templateName: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseTemplate: TestDatabaseTemplate;
  }
}
