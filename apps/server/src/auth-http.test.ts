import { DEMO_ACCOUNTS, seedDemoAccounts } from "@petshop/api";
import { createApiClient } from "@petshop/client";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app";
import { clientAddress } from "./middleware/client-ip";
import { type TestApp, testApp } from "./test-support/app";

// Sessions, CSRF and API tokens through the real Hono app: cookies set by tRPC's response
// headers, origins checked before any procedure runs, bearer tokens for scripts.

let testDb: TestDatabase;
let shop: TestApp;
const admin = DEMO_ACCOUNTS.find((a) => a.role === "admin");
const customer = DEMO_ACCOUNTS.find((a) => a.role === "customer");

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDemoAccounts(testDb.db);
  shop = testApp(testDb.db);
});
afterAll(() => testDb?.destroy());

const sameOrigin = { origin: "http://shop.test", "sec-fetch-site": "same-origin" };

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return shop.app.request(`http://localhost/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

async function logIn(email = customer?.email ?? "", password = customer?.password ?? "") {
  const res = await post("users.login", { email, password }, sameOrigin);
  expect(res.status).toBe(200);
  const setCookie = res.headers.get("set-cookie") ?? "";
  const token = /^session=([^;]+)/.exec(setCookie)?.[1];
  expect(token).toBeTruthy();
  return { setCookie, cookie: `session=${token}` };
}

async function me(cookie: string) {
  const res = await shop.app.request("http://localhost/trpc/users.me", { headers: { cookie } });
  return ((await res.json()) as { result: { data: { email: string } | null } }).result.data;
}

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Lax, Path=/ and lasts 30 days", async () => {
    const { setCookie, cookie } = await logIn();
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(/Max-Age=2592000/);
    expect(setCookie).not.toMatch(/Secure/i);
    expect((await me(cookie))?.email).toBe(customer?.email);
  });

  it("is cleared on logout, and the session is gone on the server", async () => {
    const { cookie } = await logIn();
    const res = await post("users.logout", {}, { ...sameOrigin, cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/^session=; Max-Age=0/);
    expect(await me(cookie)).toBeNull();
  });
});

describe("CSRF", () => {
  it("refuses a cross-origin write that carries a cookie, and changes nothing", async () => {
    const { cookie } = await logIn();
    const res = await post(
      "users.updateProfile",
      { name: "Hijacked" },
      { cookie, origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
    const row = await testDb.db
      .selectFrom("users")
      .select("name")
      .where("email", "=", customer?.email ?? "")
      .executeTakeFirst();
    expect(row?.name).not.toBe("Hijacked");
  });

  it("refuses a cookie write with no origin at all", async () => {
    const { cookie } = await logIn();
    expect((await post("users.updateProfile", { name: "No origin" }, { cookie })).status).toBe(403);
  });

  it("refuses a cross-site login (login CSRF)", async () => {
    const res = await post(
      "users.login",
      { email: customer?.email, password: customer?.password },
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    );
    expect(res.status).toBe(403);
  });

  it("accepts a same-origin write, and one from a configured origin", async () => {
    const { cookie } = await logIn();
    expect(
      (await post("users.updateProfile", { name: "Same Origin" }, { ...sameOrigin, cookie })).status,
    ).toBe(200);
    const fromAdmin = await post(
      "users.updateProfile",
      { name: "Configured" },
      { cookie, origin: "http://admin.shop.test" },
    );
    expect(fromAdmin.status).toBe(200);
  });

  it("lets a script with a bearer token through, without any origin", async () => {
    const { cookie } = await logIn(admin?.email, admin?.password);
    const created = await post("users.createApiToken", { name: "nightly report" }, { ...sameOrigin, cookie });
    const { token } = ((await created.json()) as { result: { data: { token: string } } }).result.data;
    const res = await post(
      "users.updateProfile",
      { name: "Report Bot" },
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(200);
  });
});

describe("API tokens through the shared Node client", () => {
  it("acts as the token's user, and a bad token is UNAUTHORIZED", async () => {
    const { cookie } = await logIn(admin?.email, admin?.password);
    const created = await post("users.createApiToken", { name: "import script" }, { ...sameOrigin, cookie });
    const { token } = ((await created.json()) as { result: { data: { token: string } } }).result.data;

    const fetchViaApp: typeof fetch = (input, init) =>
      Promise.resolve(shop.app.request(new Request(input, init)));
    const script = createApiClient({ url: "http://localhost", token, fetch: fetchViaApp });
    expect((await script.users.me.query())?.email).toBe(admin?.email);
    const page = await script.users.list.query({ search: "customer" });
    expect(page.items.map((u) => u.email)).toContain(customer?.email);

    const forged = createApiClient({
      url: "http://localhost",
      token: `pst_${"a".repeat(32)}`,
      fetch: fetchViaApp,
    });
    await expect(forged.animals.list.query({})).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
  });
});

describe("the client's address", () => {
  it("is the socket's unless proxies are trusted, then the entry they vouch for", () => {
    expect(clientAddress("10.0.0.2", "203.0.113.9", 0)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });
});

describe("CSRF behind a TLS proxy", () => {
  it("trusts only the configured origins, not the scheme the proxy's request arrived with", async () => {
    const behindProxy = testApp(testDb.db);
    const app = createApp({ ...behindProxy.deps, publicUrl: "https://shop.example" });
    const { cookie } = await logIn();
    const write = (origin: string) =>
      app.request("http://shop.example/trpc/users.updateProfile", {
        method: "POST",
        headers: { "content-type": "application/json", cookie, origin },
        body: JSON.stringify({ name: "Behind the proxy" }),
      });
    expect((await write("http://shop.example")).status).toBe(403);
    expect((await write("https://shop.example")).status).toBe(200);
  });

  it("lets the browser's Sec-Fetch-Site decide a form post that says Origin: null", async () => {
    const { cookie } = await logIn();
    const write = (site: string) =>
      shop.app.request("http://localhost/trpc/users.updateProfile", {
        method: "POST",
        headers: { "content-type": "application/json", cookie, origin: "null", "sec-fetch-site": site },
        body: JSON.stringify({ name: "From a form" }),
      });
    expect((await write("cross-site")).status).toBe(403);
    expect((await write("same-origin")).status).toBe(200);
  });
});
