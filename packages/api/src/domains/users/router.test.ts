import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import {
  callerWith,
  sessionTokenFrom,
  signedInActor,
  type TestActor,
  type TestDeps,
  testDeps,
} from "../../test-support/context";
import { RESET_REQUESTED } from "./password-reset";

let testDb: TestDatabase;
let deps: TestDeps;

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
});
afterAll(() => testDb?.destroy());

const as = async (actor?: TestActor) =>
  (await callerWith(deps, actor ? { cookie: actor.cookie } : {})).caller;
const codeOf = (value: unknown) => (value instanceof TRPCError ? value.code : "ok");
const fail = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => codeOf(e),
  );
const countUsers = async () => (await testDb.db.selectFrom("users").select("id").execute()).length;

/** Every value the users router returned in these tests, to check that no secret is among them. */
const outputs: unknown[] = [];
const keep = <T>(value: T): T => {
  outputs.push(value);
  return value;
};

describe("users.register", () => {
  it("creates a customer with a normalised email and signs it in", async () => {
    const { caller, resHeaders } = await callerWith(deps);
    const account = keep(
      await caller.users.register({
        email: "  Dora@Example.TEST ",
        name: " Dora ",
        password: "a long enough secret",
      }),
    );
    expect(account).toMatchObject({ email: "dora@example.test", name: "Dora", role: "customer" });
    const token = sessionTokenFrom(resHeaders);
    const me = keep(await (await callerWith(deps, { cookie: `session=${token}` })).caller.users.me());
    expect(me?.email).toBe("dora@example.test");
  });

  it("refuses a taken email, whatever its case, with CONFLICT", async () => {
    const { caller } = await callerWith(deps);
    expect(
      await fail(
        caller.users.register({ email: "DORA@example.test", name: "Other", password: "another long secret" }),
      ),
    ).toBe("CONFLICT");
  });

  it.each([
    [
      "a malformed email",
      { email: "dora.example.test", name: "D", password: "a long enough secret" },
      "email",
    ],
    ["an empty name", { email: "e1@example.test", name: "   ", password: "a long enough secret" }, "name"],
    [
      "an oversized name",
      { email: "e2@example.test", name: "n".repeat(101), password: "a long enough secret" },
      "name",
    ],
    ["a short password", { email: "e3@example.test", name: "E", password: "short" }, "password"],
    ["an oversized password", { email: "e4@example.test", name: "E", password: "p".repeat(129) }, "password"],
    ["a common password", { email: "e5@example.test", name: "E", password: "Password123" }, "password"],
  ])("refuses %s with a field error and writes nothing", async (_label, input, field) => {
    const before = await countUsers();
    const { caller } = await callerWith(deps);
    const error = await caller.users.register(input).catch((e: unknown) => e);
    expect(codeOf(error)).toBe("BAD_REQUEST");
    const cause = error instanceof TRPCError ? error.cause : undefined;
    expect(cause).toBeInstanceOf(ZodError);
    expect(cause instanceof ZodError ? cause.issues.map((i) => i.path.join(".")) : []).toContain(field);
    expect(await countUsers()).toBe(before);
  });

  it("stores the password as an argon2id hash with at least 19 MiB and 2 iterations", async () => {
    const row = await testDb.db
      .selectFrom("users")
      .select("passwordHash")
      .where("email", "=", "dora@example.test")
      .executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe("profile, password and sessions", () => {
  it("updates the profile name", async () => {
    const eve = await signedInActor(deps, "customer", "eve");
    keep(await (await as(eve)).users.updateProfile({ name: "Eve Again" }));
    expect((await (await as(eve)).users.me())?.name).toBe("Eve Again");
  });

  it("changes the password only with the current one, and ends every other session", async () => {
    const fay = await signedInActor(deps, "customer", "fay");
    const other = await callerWith(deps);
    await other.caller.users.login({ email: fay.email, password: fay.password });
    const otherCookie = `session=${sessionTokenFrom(other.resHeaders)}`;

    expect(
      await fail(
        (await as(fay)).users.changePassword({
          currentPassword: "not it",
          newPassword: "a brand new secret",
        }),
      ),
    ).toBe("BAD_REQUEST");
    keep(
      await (await as(fay)).users.changePassword({
        currentPassword: fay.password,
        newPassword: "a brand new secret",
      }),
    );

    expect((await (await as(fay)).users.me())?.email).toBe(fay.email);
    expect(await (await callerWith(deps, { cookie: otherCookie })).caller.users.me()).toBeNull();
    const { caller } = await callerWith(deps, { ip: "198.51.100.77" });
    expect(await fail(caller.users.login({ email: fay.email, password: fay.password }))).toBe("UNAUTHORIZED");
    expect(await fail(caller.users.login({ email: fay.email, password: "a brand new secret" }))).toBe("ok");
  });

  it("lists the caller's own sessions and revokes one; another's is NOT_FOUND", async () => {
    const gus = await signedInActor(deps, "customer", "gus");
    const hal = await signedInActor(deps, "customer", "hal");
    const second = await callerWith(deps);
    await second.caller.users.login({ email: gus.email, password: gus.password });

    const sessions = keep(await (await as(gus)).users.listSessions());
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const otherSession = sessions.find((s) => !s.current);
    expect(otherSession?.userAgent).toBe("vitest");

    expect(await fail((await as(hal)).users.revokeSession({ id: otherSession?.id ?? "" }))).toBe("NOT_FOUND");
    keep(await (await as(gus)).users.revokeSession({ id: otherSession?.id ?? "" }));
    expect(
      await (
        await callerWith(deps, { cookie: `session=${sessionTokenFrom(second.resHeaders)}` })
      ).caller.users.me(),
    ).toBeNull();
  });

  it("logout ends the session on the server", async () => {
    const ida = await signedInActor(deps, "customer", "ida");
    const { caller, resHeaders } = await callerWith(deps, { cookie: ida.cookie });
    keep(await caller.users.logout());
    expect(resHeaders.getSetCookie()[0]).toMatch(/^session=; Max-Age=0/);
    expect(await (await as(ida)).users.me()).toBeNull();
  });
});

describe("password reset", () => {
  const outboxFor = (to: string) =>
    testDb.db.selectFrom("mailOutbox").select(["subject", "bodyText"]).where("toAddress", "=", to).execute();
  const linkToken = (body: string) => /reset-password\?token=([a-z2-7]{32})/.exec(body)?.[1] ?? "";

  it("answers the same for an unknown email and mails nothing", async () => {
    const { caller } = await callerWith(deps);
    expect(keep(await caller.users.requestPasswordReset({ email: "ghost@example.test" }))).toEqual({
      message: RESET_REQUESTED,
    });
    expect(await outboxFor("ghost@example.test")).toEqual([]);
  });

  it("mails a single-use link whose token is stored only hashed, and ends every session", async () => {
    const jan = await signedInActor(deps, "customer", "jan");
    const { caller } = await callerWith(deps);
    expect(keep(await caller.users.requestPasswordReset({ email: jan.email }))).toEqual({
      message: RESET_REQUESTED,
    });
    const [mail] = await outboxFor(jan.email);
    expect(mail?.bodyText).toContain("http://shop.test/reset-password?token=");
    const token = linkToken(mail?.bodyText ?? "");
    const stored = await testDb.db
      .selectFrom("passwordResetTokens")
      .selectAll()
      .where("userId", "=", jan.id)
      .execute();
    expect(JSON.stringify(stored)).not.toContain(token);

    keep(await caller.users.resetPassword({ token, newPassword: "reset and renewed" }));
    expect(await (await as(jan)).users.me()).toBeNull();
    expect(await fail(caller.users.resetPassword({ token, newPassword: "and once again" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await fail(caller.users.login({ email: jan.email, password: "reset and renewed" }))).toBe("ok");
    await deps.mailer.settled();
    expect(deps.delivered.some((m) => m.to === jan.email)).toBe(true);
  });

  it("expires the link after one hour", async () => {
    const kim = await signedInActor(deps, "customer", "kim");
    const { caller } = await callerWith(deps);
    await caller.users.requestPasswordReset({ email: kim.email });
    const token = linkToken((await outboxFor(kim.email))[0]?.bodyText ?? "");
    deps.clock.advance(3_600_000);
    expect(await fail(caller.users.resetPassword({ token, newPassword: "too late for this" }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("refuses a forged token", async () => {
    const { caller } = await callerWith(deps);
    expect(
      await fail(caller.users.resetPassword({ token: "a".repeat(32), newPassword: "whatever it is" })),
    ).toBe("BAD_REQUEST");
    expect(
      await fail(caller.users.resetPassword({ token: "../../etc", newPassword: "whatever it is" })),
    ).toBe("BAD_REQUEST");
  });
});

describe("staff and admin", () => {
  it("staff search accounts by email or name, a page at a time", async () => {
    const staff = await signedInActor(deps, "staff", "stan");
    await signedInActor(deps, "customer", "searchable-one");
    await signedInActor(deps, "customer", "searchable-two");
    const caller = await as(staff);
    const first = keep(await caller.users.list({ search: "SEARCHABLE", limit: 1 }));
    expect(first.items).toHaveLength(1);
    const second = keep(
      await caller.users.list({ search: "searchable", limit: 1, cursor: first.nextCursor }),
    );
    expect(second.items).toHaveLength(1);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect(second.nextCursor).toBeNull();
    expect((await caller.users.list({ search: "%" })).items).toHaveLength(0);
    keep(await caller.users.byId({ id: first.items[0]?.id ?? "" }));
    expect(await fail(caller.users.byId({ id: "00000000-0000-4000-8000-000000000000" }))).toBe("NOT_FOUND");
  });

  it("an admin changes roles and disables accounts, never their own; disabling locks out at once", async () => {
    const admin = await signedInActor(deps, "admin", "ada");
    const target = await signedInActor(deps, "customer", "target");
    const caller = await as(admin);
    expect(keep(await caller.users.setRole({ id: target.id, role: "staff" })).role).toBe("staff");
    const token = keep(await (await as(target)).users.createApiToken({ name: "their script" })).token;

    keep(await caller.users.setDisabled({ id: target.id, disabled: true }));
    expect(await (await as(target)).users.me()).toBeNull();
    const byToken = (await callerWith(deps, { token })).caller;
    expect(await fail(byToken.users.me())).toBe("UNAUTHORIZED");
    // Enabled again, the account signs in anew; its old token stays dead.
    keep(await caller.users.setDisabled({ id: target.id, disabled: false }));
    expect(await fail((await callerWith(deps, { token })).caller.users.me())).toBe("UNAUTHORIZED");

    expect(await fail(caller.users.setRole({ id: admin.id, role: "customer" }))).toBe("CONFLICT");
    expect(await fail(caller.users.setDisabled({ id: admin.id, disabled: true }))).toBe("CONFLICT");
    // @ts-expect-error: an unknown role, as a hand-made request could send
    expect(await fail(caller.users.setRole({ id: target.id, role: "owner" }))).toBe("BAD_REQUEST");
  });
});

describe("API tokens", () => {
  it("are shown once, listed without secrets, usable until revoked or expired", async () => {
    const staff = await signedInActor(deps, "staff", "tess");
    const other = await signedInActor(deps, "staff", "tom");
    const created = keep(
      await (await as(staff)).users.createApiToken({ name: "stock import", expiresInDays: 1 }),
    );
    expect(created.token).toMatch(/^pst_[a-z2-7]{32}$/);
    const listed = keep(await (await as(staff)).users.listApiTokens());
    expect(listed).toEqual([
      expect.objectContaining({ id: created.id, name: "stock import", lastUsedAt: null }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.token);

    const script = (await callerWith(deps, { token: created.token })).caller;
    expect((await script.users.me())?.email).toBe(staff.email);
    expect((await (await as(staff)).users.listApiTokens())[0]?.lastUsedAt).not.toBeNull();

    expect(await fail((await as(other)).users.revokeApiToken({ id: created.id }))).toBe("NOT_FOUND");
    deps.clock.advance(86_400_000);
    expect(await fail((await callerWith(deps, { token: created.token })).caller.users.me())).toBe(
      "UNAUTHORIZED",
    );
    keep(await (await as(staff)).users.revokeApiToken({ id: created.id }));
    expect(await (await as(staff)).users.listApiTokens()).toEqual([]);
  });

  it("refuse a bad token on every procedure, even public ones", async () => {
    const caller = (await callerWith(deps, { token: "pst_not-a-real-token" })).caller;
    expect(await fail(caller.animals.list({}))).toBe("UNAUTHORIZED");
  });
});

describe("secrets", () => {
  it("never leave in any users-router output", async () => {
    const secrets = await testDb.db
      .selectFrom("users")
      .select("passwordHash as value")
      .unionAll(testDb.db.selectFrom("sessions").select("secretHash as value"))
      .unionAll(testDb.db.selectFrom("apiTokens").select("tokenHash as value"))
      .unionAll(testDb.db.selectFrom("passwordResetTokens").select("tokenHash as value"))
      .execute();
    expect(outputs.length).toBeGreaterThan(15);
    const serialised = JSON.stringify(outputs);
    expect(serialised).not.toMatch(/argon2|passwordHash|secretHash|tokenHash/);
    for (const { value } of secrets) expect(serialised).not.toContain(value);
  });
});
