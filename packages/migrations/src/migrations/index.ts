import type { Migration } from "kysely";
import * as m0001 from "./0001_animals";
import * as m0002 from "./0002_accounts";
import * as m0003 from "./0003_catalogue";
import * as m0004 from "./0004_orders";
import * as m0005 from "./0005_payments";
import * as m0006 from "./0006_reports";
import * as m0007 from "./0007_rate_limits";
import * as m0008 from "./0008_catalogue_version_slots";

/**
 * Every migration, in order. A static map rather than a folder scan: Kysely's
 * FileMigrationProvider imports from inside node_modules and fails on .ts files under vitest.
 * Names sort lexically; add new ones at the end.
 */
export const migrations: Record<string, Migration> = {
  "0001_animals": m0001,
  "0002_accounts": m0002,
  "0003_catalogue": m0003,
  "0004_orders": m0004,
  "0005_payments": m0005,
  "0006_reports": m0006,
  "0007_rate_limits": m0007,
  "0008_catalogue_version_slots": m0008,
};
