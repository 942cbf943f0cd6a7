import { ConfigError } from "@petshop/config";
import { DatabaseInUseError } from "@petshop/db";
import { describe, expect, it } from "vitest";
import { describeFailure } from "./describe-failure";
import { MigrationError } from "./migrator";

const url = "postgres://shop:secret@db.internal:6543/shop";
const systemError = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

describe("describeFailure", () => {
  it.each([
    [new ConfigError("Invalid configuration: PORT: too big"), "Invalid configuration: PORT: too big"],
    [systemError("ECONNREFUSED"), "Cannot reach PostgreSQL at db.internal:6543/shop: connection refused."],
    [
      new AggregateError([systemError("ECONNREFUSED")], ""),
      "Cannot reach PostgreSQL at db.internal:6543/shop: connection refused.",
    ],
    [systemError("ENOTFOUND"), "Cannot reach PostgreSQL at db.internal:6543/shop: unknown host."],
    [systemError("28P01"), "Cannot use PostgreSQL at db.internal:6543/shop: password authentication failed."],
    [
      new Error("timeout exceeded when trying to connect"),
      "Cannot reach PostgreSQL at db.internal:6543/shop: timed out.",
    ],
    [
      new DatabaseInUseError("The embedded database at /x is in use by process 7; stop that process first."),
      "The embedded database at /x is in use by process 7; stop that process first.",
    ],
    [
      new MigrationError("Migration 0002_orders failed: syntax error"),
      "Migration 0002_orders failed: syntax error (nothing was changed)",
    ],
  ])("names the problem in one line: %s", (error, line) => {
    const described = describeFailure(error, url);
    expect(described).toBe(line);
    expect(described).not.toContain("secret");
    expect(described).not.toContain("\n");
  });

  it("speaks of the embedded database when there is no URL", () => {
    expect(describeFailure(new Error("disk full\n    at somewhere"))).toBe("Failed: disk full");
  });
});
