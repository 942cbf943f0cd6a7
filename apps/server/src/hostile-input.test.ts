import { appRouter } from "@petshop/api";
import { signedInActor } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "./test-support/app";

// Text PostgreSQL cannot store, sent to every procedure over HTTP: each answers 400 naming the
// field, before anything runs. The procedures are read from the router, so a new one is covered
// without anyone remembering.

let testDb: TestDatabase;
let shop: TestApp;
let staffCookie: string;
/** Every line the app logs at warn or above: bad input is the caller's fault, never an error of ours. */
const logged: { level: number; msg: string }[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  const logger = pino({ level: "warn" }, { write: (line: string) => void logged.push(JSON.parse(line)) });
  shop = testApp(testDb.db, { logger });
  staffCookie = (await signedInActor(shop.deps, "staff")).cookie;
});
afterAll(() => testDb?.destroy());

/** A procedure's kind (query or mutation), read off the router at run time. */
function kindOf(procedure: unknown): string {
  if (typeof procedure === "function" && "_def" in procedure) {
    const def: unknown = procedure._def;
    if (typeof def === "object" && def !== null && "type" in def && typeof def.type === "string")
      return def.type;
  }
  throw new Error("Not a procedure");
}

const procedures = Object.entries(appRouter._def.procedures).map(([path, procedure]) => ({
  path,
  type: kindOf(procedure),
}));

/** One call of `path` with `input`, as a browser on the shop's own origin would send it. */
function call(path: string, type: string, input: unknown, cookie?: string) {
  const headers: Record<string, string> = { origin: "http://shop.test", ...(cookie ? { cookie } : {}) };
  if (type === "query") {
    return shop.app.request(
      `http://shop.test/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
      {
        headers,
      },
    );
  }
  return shop.app.request(`http://shop.test/trpc/${path}`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(input),
  });
}

interface ErrorBody {
  error: {
    message: string;
    data: { code: string; zodError: { fieldErrors: Record<string, string[]> } | null };
  };
}

describe("control characters in any input", () => {
  it("covers every procedure", () => {
    expect(procedures.length).toBeGreaterThan(40);
  });

  for (const who of ["anonymous", "staff"] as const) {
    it(`are refused with 400 and the field's name by every procedure, called as ${who}`, async () => {
      const before = await testDb.db
        .selectFrom("animals")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirst();
      for (const { path, type } of procedures) {
        const res = await call(
          path,
          type,
          { name: "Rex\u0000", nested: { list: ["ok", "\u001b[31m"] } },
          who === "staff" ? staffCookie : undefined,
        );
        expect(res.status, path).toBe(400);
        const body = (await res.json()) as ErrorBody;
        expect(body.error.data.code, path).toBe("BAD_REQUEST");
        expect(body.error.data.zodError?.fieldErrors.name, path).toEqual([
          "Contains a control character (such as NUL); remove it and try again",
        ]);
      }
      const after = await testDb.db
        .selectFrom("animals")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirst();
      expect(after).toEqual(before);
    });
  }

  it("are refused in a key, and past the nesting limit", async () => {
    const res = await call("animals.list", "query", { "q\u0000": "x" });
    expect(res.status).toBe(400);
    let deep: unknown = "x";
    for (let i = 0; i < 30; i++) deep = [deep];
    const nested = await call("animals.list", "query", { q: deep });
    expect(nested.status).toBe(400);
    expect(((await nested.json()) as ErrorBody).error.message).toBe("Nested too deeply");
  });

  it("still let tabs and new lines through where text has lines", async () => {
    const res = await call("animals.list", "query", { q: "golden\tretriever" });
    expect(res.status).toBe(200);
  });
});

describe("forged cursors", () => {
  const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const id = "00000000-0000-4000-8000-000000000000";
  const badKeys: unknown[] = [
    "not a date",
    "0000-01-01T00:00:00.000Z",
    "99999-01-01T00:00:00.000Z",
    1e308,
    -1,
    2 ** 53,
    "x".repeat(121),
    null,
    { nested: true },
  ];

  const lists: {
    path: string;
    input: (c: string) => unknown;
    cursors: string[];
    who: "staff" | "anonymous";
  }[] = [
    ...(["newest", "price_asc", "price_desc", "name"] as const).map((sort) => ({
      path: "animals.list",
      input: (c: string) => ({ sort, cursor: c }),
      cursors: badKeys.map((key) => cursor({ sort, key, id })),
      who: "anonymous" as const,
    })),
    {
      path: "animals.list",
      input: (c: string) => ({ sort: "relevance", q: "dog", cursor: c }),
      cursors: badKeys.map((key) => cursor({ sort: "relevance", key, id })),
      who: "anonymous",
    },
    {
      path: "orders.adminList",
      input: (c: string) => ({ cursor: c }),
      cursors: badKeys.map((key) => cursor({ createdAt: key, id })),
      who: "staff",
    },
    {
      path: "orders.list",
      input: (c: string) => ({ cursor: c }),
      cursors: badKeys.map((key) => cursor({ createdAt: key, id })),
      who: "staff",
    },
    {
      path: "users.list",
      input: (c: string) => ({ cursor: c }),
      cursors: badKeys.map((key) => cursor({ key, id })),
      who: "staff",
    },
    {
      path: "reports.lowStock",
      input: (c: string) => ({ cursor: c }),
      cursors: badKeys.map((stock) => cursor({ below: 3, stock, id })),
      who: "staff",
    },
    {
      path: "orders.exportLines",
      input: (c: string) => ({ from: "2026-01-01", to: "2026-12-31", cursor: c }),
      cursors: [...badKeys, "99999999999999999999", "9223372036854775808"].map((number) =>
        cursor({ number, animalId: id }),
      ),
      who: "staff",
    },
    {
      path: "animals.exportPage",
      input: (c: string) => ({ cursor: c }),
      cursors: badKeys.map((slug) => cursor({ slug })),
      who: "staff",
    },
  ];

  for (const { path, input, cursors, who } of lists) {
    it(`${path}: a forged cursor is a 400 (or, when it happens to fit its sort, a page), never a 500`, async () => {
      let refused = 0;
      for (const forged of [...cursors, "%%%", "e30", cursor([1, 2, 3])]) {
        const res = await call(path, "query", input(forged), who === "staff" ? staffCookie : undefined);
        expect([200, 400], `${path} ${Buffer.from(forged, "base64url").toString()}`).toContain(res.status);
        if (res.status === 400) refused += 1;
      }
      // Most of them fit no sort at all.
      expect(refused).toBeGreaterThanOrEqual(cursors.length - 2);
    });
  }
});

describe("dates outside what the domain accepts", () => {
  const listing = {
    name: "Date Test",
    species: "dog",
    breed: "Beagle",
    sex: "male",
    description: "",
    priceMinor: 1000,
    currency: "EUR",
  };

  it("a birth date in year 0000, in the future or a century past is a 400 naming birthDate", async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    for (const birthDate of ["0000-01-01", "1899-12-31", future, "2026-02-30", "+02026-01-01"]) {
      const res = await call("animals.create", "mutation", { ...listing, birthDate }, staffCookie);
      expect(res.status, birthDate).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(Object.keys(body.error.data.zodError?.fieldErrors ?? {}), birthDate).toEqual(["birthDate"]);
    }
    const fine = await call(
      "animals.create",
      "mutation",
      { ...listing, birthDate: "2026-01-15" },
      staffCookie,
    );
    expect(fine.status).toBe(200);
  });

  it("staff order list ranges outside the shop's years are a 400", async () => {
    for (const from of ["0000-01-01", "1999-12-31", "2101-01-01"]) {
      const res = await call("orders.adminList", "query", { from }, staffCookie);
      expect(res.status, from).toBe(400);
    }
    expect((await call("orders.adminList", "query", { from: "2026-01-01" }, staffCookie)).status).toBe(200);
  });
});

describe("batches are bounded", () => {
  const batchGet = (paths: string[]) =>
    shop.app.request(
      `http://shop.test/trpc/${paths.join(",")}?batch=1&input=${encodeURIComponent(
        JSON.stringify(Object.fromEntries(paths.map((_, i) => [i, {}]))),
      )}`,
    );
  const batchPost = (calls: { path: string; input: unknown }[]) =>
    shop.app.request(`http://shop.test/trpc/${calls.map((c) => c.path).join(",")}?batch=1`, {
      method: "POST",
      headers: { origin: "http://shop.test", "content-type": "application/json" },
      body: JSON.stringify(Object.fromEntries(calls.map((c, i) => [i, c.input]))),
    });
  const login = {
    path: "users.login",
    input: { email: "nobody@example.test", password: "not the password" },
  };

  it("answers up to MAX_BATCH_SIZE calls, and refuses more before running any", async () => {
    expect((await batchGet(Array(20).fill("animals.facets"))).status).toBe(200);
    expect((await batchGet(Array(21).fill("animals.facets"))).status).toBe(400);
  });

  it("refuses a batch that repeats a sign-in, with 429 and no password checked", async () => {
    const before = await testDb.db.selectFrom("authThrottles").selectAll().execute();
    for (const calls of [
      [login, login],
      Array(20).fill(login),
      [login, { path: "users.register", input: {} }],
    ]) {
      const res = await batchPost(calls);
      expect(res.status).toBe(429);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
    expect(await testDb.db.selectFrom("authThrottles").selectAll().execute()).toEqual(before);
  });

  it("still lets one sign-in ride in a batch with other calls", async () => {
    const res = await batchPost([login, { path: "cart.clear", input: {} }]);
    const body = (await res.json()) as { error?: { data: { code: string } } }[];
    expect(body.map((r) => r.error?.data.code ?? "ok")).toEqual(["UNAUTHORIZED", "ok"]);
  });
});

describe("malformed requests outside any procedure's input", () => {
  const raw = (url: string, init: RequestInit = {}) =>
    shop.app.request(`http://shop.test${url}`, {
      ...init,
      headers: { origin: "http://shop.test", ...(init.headers ?? {}), cookie: staffCookie },
    });
  const json = { "content-type": "application/json" };

  it.each([
    [
      "a body that is not JSON",
      "/trpc/users.updateProfile",
      { method: "POST", headers: json, body: "{nope" },
    ],
    ["a body of JSON's null", "/trpc/users.updateProfile", { method: "POST", headers: json, body: "null" }],
    ["an input that is not JSON", "/trpc/animals.list?input=%7Bnope", {}],
    ["a batch whose input is not an object", "/trpc/animals.list,animals.facets?batch=1&input=%5B1%5D", {}],
    ["a batch of nothing", "/trpc/?batch=1", {}],
    ["a query sent as a mutation", "/trpc/animals.list", { method: "POST", headers: json, body: "{}" }],
    ["a mutation sent as a query", "/trpc/cart.clear", {}],
    ["a procedure that does not exist", "/trpc/animals.dropTable", {}],
    [
      "an upload that is not multipart",
      "/uploads/animals/x/images",
      { method: "POST", headers: json, body: "{}" },
    ],
    [
      "an upload to an id that is not one",
      "/uploads/animals/00000000-0000-4000-8000-000000000000%00/images",
      { method: "POST", body: new FormData() },
    ],
    ["a media path that climbs out", "/media/..%2f..%2fpackage.json", {}],
    ["a payment page for a junk id", "/pay/local/%00%ff", {}],
    ["a payment choice for a junk id", "/pay/local/nope/pay", { method: "POST" }],
  ] satisfies [string, string, RequestInit][])("%s is a 4xx with no stack", async (_, url, init) => {
    const res = await raw(url, init);
    expect(res.status, url).toBeGreaterThanOrEqual(400);
    expect(res.status, url).toBeLessThan(500);
    expect(await res.text()).not.toMatch(/\bat \S+ \(|node_modules|stack|syntax error/i);
  });

  it("leave nothing at error level in the log, after every test above", () => {
    expect(logged.filter((line) => line.level >= 50)).toEqual([]);
  });
});
