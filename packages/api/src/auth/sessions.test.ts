import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerWith, signedInActor, type TestDeps, testDeps } from "../test-support/context";
import { createSession, SESSION_ABSOLUTE_MS, SESSION_TTL_MS, validateSessionToken } from "./sessions";

let testDb: TestDatabase;
let deps: TestDeps;
let userId: string;
const DAY = 86_400_000;

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
  userId = (await signedInActor(deps, "customer")).id;
});
afterAll(() => testDb?.destroy());

const meta = { userAgent: "vitest", ipAddress: "192.0.2.1" };

describe("session tokens", () => {
  it("carry at least 128 bits of secret, and only its hash is stored", async () => {
    const { token, id } = await createSession(testDb.db, userId, meta, deps.clock.now());
    const [publicPart, secret] = token.split(".");
    expect(publicPart).toBe(id);
    // 32 base32 characters = 160 bits.
    expect(secret).toMatch(/^[a-z2-7]{32}$/);
    const row = await testDb.db
      .selectFrom("sessions")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("are refused when the secret is wrong or the token malformed", async () => {
    const { token } = await createSession(testDb.db, userId, meta, deps.clock.now());
    const now = deps.clock.now();
    expect(await validateSessionToken(testDb.db, token, now)).not.toBeNull();
    const [id, secret = ""] = token.split(".");
    const wrong = `${id}.${secret.slice(0, -1)}${secret.endsWith("a") ? "b" : "a"}`;
    expect(await validateSessionToken(testDb.db, wrong, now)).toBeNull();
    for (const junk of ["", "x", `${id}`, `${id}.`, "a".repeat(10_000), `${id}.${secret}.extra`]) {
      expect(await validateSessionToken(testDb.db, junk, now)).toBeNull();
    }
  });
});

describe("session expiry", () => {
  it("slides: renewed once fewer than 15 days remain, not before", async () => {
    const start = deps.clock.now();
    const { token } = await createSession(testDb.db, userId, meta, start);
    const day14 = new Date(start.getTime() + 14 * DAY);
    const early = await validateSessionToken(testDb.db, token, day14);
    expect(early?.renewed).toBe(false);
    expect(early?.expiresAt.getTime()).toBe(start.getTime() + SESSION_TTL_MS);

    const day16 = new Date(start.getTime() + 16 * DAY);
    const late = await validateSessionToken(testDb.db, token, day16);
    expect(late?.renewed).toBe(true);
    expect(late?.expiresAt.getTime()).toBe(day16.getTime() + SESSION_TTL_MS);
  });

  it("ends 30 days after last renewal when unused", async () => {
    const start = deps.clock.now();
    const { token, id } = await createSession(testDb.db, userId, meta, start);
    expect(
      await validateSessionToken(testDb.db, token, new Date(start.getTime() + SESSION_TTL_MS)),
    ).toBeNull();
    const gone = await testDb.db.selectFrom("sessions").select("id").where("id", "=", id).executeTakeFirst();
    expect(gone).toBeUndefined();
  });

  it("ends after 90 days however often it was renewed", async () => {
    const start = deps.clock.now();
    const { token } = await createSession(testDb.db, userId, meta, start);
    let last: Awaited<ReturnType<typeof validateSessionToken>> = null;
    for (let day = 16; day < 90; day += 16) {
      last = await validateSessionToken(testDb.db, token, new Date(start.getTime() + day * DAY));
      expect(last, `day ${day}`).not.toBeNull();
    }
    // Renewal never reaches past the absolute end.
    expect(last?.expiresAt.getTime()).toBeLessThanOrEqual(start.getTime() + SESSION_ABSOLUTE_MS);
    expect(
      await validateSessionToken(testDb.db, token, new Date(start.getTime() + SESSION_ABSOLUTE_MS)),
    ).toBeNull();
  });

  it("ends at once when its user is disabled", async () => {
    const actor = await signedInActor(deps, "customer");
    const token = actor.cookie.replace("session=", "");
    expect(await validateSessionToken(testDb.db, token, deps.clock.now())).not.toBeNull();
    await testDb.db
      .updateTable("users")
      .set({ disabledAt: deps.clock.now() })
      .where("id", "=", actor.id)
      .execute();
    expect(await validateSessionToken(testDb.db, token, deps.clock.now())).toBeNull();
  });
});

describe("a request with a session cookie", () => {
  it("gets the cookie again when the session was renewed, and a cleared one when it is gone", async () => {
    const actor = await signedInActor(deps, "customer");
    const fresh = await callerWith(deps, { cookie: actor.cookie });
    expect((await fresh.caller.users.me())?.email).toBe(actor.email);
    expect(fresh.resHeaders.getSetCookie()).toEqual([]);

    deps.clock.advance(16 * DAY);
    const renewed = await callerWith(deps, { cookie: actor.cookie });
    expect(renewed.resHeaders.getSetCookie()[0]).toMatch(/^session=[^;]+; Max-Age=2592000;/);

    deps.clock.advance(31 * DAY);
    const expired = await callerWith(deps, { cookie: actor.cookie });
    expect(await expired.caller.users.me()).toBeNull();
    expect(expired.resHeaders.getSetCookie()[0]).toMatch(/^session=; Max-Age=0/);
  });
});
