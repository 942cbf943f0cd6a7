import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../domain-error";
import { onPostgres, raceDeps } from "../test-support/races";
import { clientBucket, type RateRule, takeRate } from "./rate-limits";

// The rate-limit counter itself: a burst of `limit`, then one per interval, exact under
// concurrency (on PostgreSQL, where requests can race), and the address it counts by.

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.destroy());

const rule: RateRule = { name: "test", limit: 3, periodSeconds: 3_600 };
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 12, minutes));

async function outcome(subject: string, now: Date, db = testDb.db) {
  try {
    await takeRate(db, rule, subject, now);
    return "allowed";
  } catch (error) {
    if (error instanceof DomainError && error.code === "TOO_MANY_REQUESTS") return error.retryAfterSeconds;
    throw error;
  }
}

describe("takeRate", () => {
  it("allows a burst of `limit`, then refuses with the seconds until one interval has passed", async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await outcome("198.51.100.1", at(0)));
    // 3 per hour: one every 20 minutes once the burst is spent.
    expect(results).toEqual(["allowed", "allowed", "allowed", 1_200, 1_200]);
    expect(await outcome("198.51.100.1", at(19))).toBe(60);
    expect(await outcome("198.51.100.1", at(20))).toBe("allowed");
    expect(await outcome("198.51.100.1", at(20))).toBe(1_200);
  });

  it("gives the whole allowance back after a quiet period", async () => {
    for (let i = 0; i < 3; i++) await outcome("198.51.100.2", at(0));
    expect(await outcome("198.51.100.2", at(0))).not.toBe("allowed");
    const later = [];
    for (let i = 0; i < 4; i++) later.push(await outcome("198.51.100.2", at(60)));
    expect(later).toEqual(["allowed", "allowed", "allowed", 1_200]);
  });

  it("counts each subject and each rule on its own", async () => {
    for (let i = 0; i < 3; i++) await outcome("198.51.100.3", at(0));
    expect(await outcome("198.51.100.3", at(0))).not.toBe("allowed");
    expect(await outcome("198.51.100.4", at(0))).toBe("allowed");
    await expect(takeRate(testDb.db, { ...rule, name: "other" }, "198.51.100.3", at(0))).resolves.toBe(
      undefined,
    );
  });

  it("is taken back when the transaction it ran in fails", async () => {
    await expect(
      testDb.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 3; i++) await takeRate(trx, rule, "198.51.100.5", at(0));
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await outcome("198.51.100.5", at(0))).toBe("allowed");
  });
});

describe.skipIf(!onPostgres)("takeRate under concurrency (PostgreSQL)", () => {
  const deps = raceDeps();
  it("lets exactly `limit` of 40 simultaneous requests through", async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, () => outcome("203.0.113.9", at(0), deps().db)),
    );
    expect(results.filter((r) => r === "allowed")).toHaveLength(rule.limit);
  });
});

describe("clientBucket", () => {
  it.each([
    ["198.51.100.7", "198.51.100.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"],
    ["2001:0db8:0001:0002::1", "2001:db8:1:2::/64"],
    ["2001:DB8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["::ffff:198.51.100.7", "198.51.100.7"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
  ])("counts %s as %s", (ip, bucket) => {
    expect(clientBucket(ip)).toBe(bucket);
  });
});
