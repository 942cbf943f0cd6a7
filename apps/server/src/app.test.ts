import { createDatabase } from "@petshop/db";
import { rollbackOne } from "@petshop/migrations";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "./middleware/house-headers";
import { testApp } from "./test-support/app";

let testDb: TestDatabase;
let app: ReturnType<typeof testApp>["app"];

beforeAll(async () => {
  testDb = await createTestDatabase();
  app = testApp(testDb.db).app;
  await testDb.db
    .insertInto("animals")
    .values(
      ["luna", "milo", "nala"].map((slug, i) => ({
        slug,
        name: slug,
        species: "cat" as const,
        breed: "Maine Coon",
        sex: "female" as const,
        birthDate: "2026-03-01",
        priceMinor: 100000 + i,
        currency: "EUR",
        stock: 1,
        status: "active" as const,
      })),
    )
    .execute();
});
afterAll(() => testDb?.destroy());

const trpcGet = (path: string, input: Record<string, unknown>) =>
  app.request(`/trpc/${path}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`);

describe("tRPC over HTTP", () => {
  it("answers a batched GET with one result per call", async () => {
    const res = await trpcGet("animals.list,animals.bySlug", { 0: { limit: 2 }, 1: { slug: "luna" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await res.json()) as [
      { result: { data: { items: unknown[] } } },
      { result: { data: { slug: string } } },
    ];
    expect(body).toHaveLength(2);
    expect(body[0].result.data.items).toHaveLength(2);
    expect(body[1].result.data.slug).toBe("luna");
  });

  it("refuses invalid input with 400, zod field paths and no stack", async () => {
    const res = await trpcGet("animals.list", { 0: { limit: 1000, species: ["dragon"] } });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/stack|at .*\.ts/);
    const [error] = JSON.parse(text) as [
      {
        error: {
          message: string;
          data: { code: string; zodError: { fieldErrors: Record<string, string[]> } };
        };
      },
    ];
    expect(error.error.data.code).toBe("BAD_REQUEST");
    // A sentence a person can read, not zod's issues as JSON.
    expect(error.error.message).toMatch(/^[A-Z]/);
    expect(Object.keys(error.error.data.zodError.fieldErrors).sort()).toEqual(["limit", "species.0"]);
  });

  it("answers 404 for an unknown procedure", async () => {
    const res = await trpcGet("animals.nope", { 0: {} });
    expect(res.status).toBe(404);
  });

  it("answers 404 for a missing animal", async () => {
    const res = await trpcGet("animals.bySlug", { 0: { slug: "nobody" } });
    expect(res.status).toBe(404);
  });

  it("refuses an oversized body with 413 before any procedure runs", async () => {
    const res = await app.request("/trpc/animals.list", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ padding: "x".repeat(100 * 1024) }),
    });
    expect(res.status).toBe(413);
  });

  it("masks unexpected errors and logs them with the request id", async () => {
    const lines: string[] = [];
    const pino = (await import("pino")).default;
    const logger = pino({ level: "error" }, { write: (line: string) => lines.push(line) });
    const unreachable = createDatabase({
      kind: "postgres",
      url: "postgres://nobody@127.0.0.1:1/none",
      connectionTimeoutMs: 1000,
    });
    try {
      const res = await testApp(unreachable, { logger }).app.request("/trpc/animals.list?input=%7B%7D", {
        headers: { "x-request-id": "req-42" },
      });
      expect(res.status).toBe(500);
      expect(res.headers.get("x-request-id")).toBe("req-42");
      const text = await res.text();
      expect(text).toContain("Something went wrong on our side");
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
      expect(lines.some((l) => l.includes('"reqId":"req-42"') && l.includes("procedure failed"))).toBe(true);
    } finally {
      await unreachable.destroy();
    }
  });
});

describe("health", () => {
  it("/healthz says alive", async () => {
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("/readyz is 200 on a migrated, reachable database", async () => {
    expect((await app.request("/readyz")).status).toBe(200);
  });

  it("/readyz is 503 when the database is unreachable", async () => {
    const unreachable = createDatabase({
      kind: "postgres",
      url: "postgres://nobody@127.0.0.1:1/none",
      connectionTimeoutMs: 1000,
    });
    try {
      const res = await testApp(unreachable).app.request("/readyz");
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "unavailable", problem: "database unreachable" });
    } finally {
      await unreachable.destroy();
    }
  });

  it("/readyz is 503 while a migration is pending", async () => {
    const own = await createTestDatabase();
    try {
      await rollbackOne(own.db);
      const res = await testApp(own.db).app.request("/readyz");
      expect(res.status).toBe(503);
      expect(((await res.json()) as { problem: string }).problem).toMatch(/^pending migrations: /);
    } finally {
      await own.destroy();
    }
  });
});

describe("the SPAs and the headers", () => {
  it("serves the storefront at / and falls back to its index.html for client routes", async () => {
    for (const path of ["/", "/animals/luna"]) {
      const res = await app.request(path, { headers: { accept: "text/html" } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("<title>storefront</title>");
      expect(res.headers.get("cache-control")).toBe("no-cache");
    }
  });

  it("serves the admin at /admin", async () => {
    for (const path of ["/admin", "/admin/", "/admin/orders/1"]) {
      const res = await app.request(path, { headers: { accept: "text/html" } });
      expect(await res.text()).toContain("<title>admin</title>");
    }
  });

  it("caches hashed assets for a year and 404s missing files", async () => {
    const asset = await app.request("/assets/main-abc123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await app.request("/assets/missing.js")).status).toBe(404);
  });

  it.each([
    "/..%2fsecret.txt",
    "/%2e%2e/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/admin/..%2f..%2fsecret.txt",
    "/admin/%5c..%5c..%5csecret.txt",
    "/assets/..%2f..%2fsecret.txt",
  ])("never serves a file outside the SPA folders: %s", async (path) => {
    for (const accept of ["*/*", "text/html"]) {
      const res = await app.request(path, { headers: { accept } });
      expect(await res.text()).not.toContain("outside the SPA folders");
    }
  });

  // Every way of answering: c.json, a handler's own Response, tRPC's adapter, the direct reads,
  // a kept answer, a 304, the SPA files, refusals before any route, and the error handler.
  const listUrl = `/trpc/animals.list?input=${encodeURIComponent('{"limit":1}')}`;
  const answers: [string, () => Response | Promise<Response>][] = [
    ["c.json (/healthz)", () => app.request("/healthz", { headers: { "x-request-id": "abc-123" } })],
    [
      "a catalogue read, then the same kept",
      async () => {
        await app.request(listUrl);
        return app.request(listUrl, { headers: { "x-request-id": "abc-123", "accept-encoding": "gzip" } });
      },
    ],
    [
      "a 304",
      async () => {
        const etag = (await app.request(listUrl)).headers.get("etag") ?? "";
        return app.request(listUrl, { headers: { "x-request-id": "abc-123", "if-none-match": etag } });
      },
    ],
    [
      "a direct read's error",
      () =>
        app.request(`/trpc/animals.bySlug?input=${encodeURIComponent('{"slug":"nobody"}')}`, {
          headers: { "x-request-id": "abc-123" },
        }),
    ],
    [
      "tRPC's adapter (users.me)",
      () => app.request("/trpc/users.me", { headers: { "x-request-id": "abc-123" } }),
    ],
    [
      "tRPC's adapter, refusing",
      () =>
        app.request("/trpc/users.login", {
          method: "POST",
          headers: { "x-request-id": "abc-123", "content-type": "application/json" },
          body: "{}",
        }),
    ],
    [
      "the storefront's HTML",
      () => app.request("/cats", { headers: { "x-request-id": "abc-123", accept: "text/html" } }),
    ],
    ["an unknown path", () => app.request("/nowhere.json", { headers: { "x-request-id": "abc-123" } })],
    [
      "a body too large",
      () =>
        app.request("/trpc/users.login", {
          method: "POST",
          headers: { "x-request-id": "abc-123", "content-type": "application/json" },
          body: JSON.stringify({ email: "x".repeat(100_000) }),
        }),
    ],
  ];
  it.each(answers)("gives every answer the request id and the security headers: %s", async (_, ask) => {
    const res = await ask();
    expect(res.headers.get("x-request-id")).toBe("abc-123");
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(res.headers.get(name), name).toBe(value);
    expect(SECURITY_HEADERS["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  it("names a request itself when the caller's id is not a plain token", async () => {
    for (const given of [undefined, "a b", "x".repeat(256), "<script>"]) {
      const res = await app.request("/healthz", given ? { headers: { "x-request-id": given } } : {});
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
