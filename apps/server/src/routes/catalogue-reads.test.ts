import { insertAnimal, signedInActor, type TestDeps, testDeps } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { Hono } from "hono";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppEnv } from "../hono-env";
import { answerCatalogueRead } from "./catalogue-reads";
import { TRPC_ENDPOINT, trpcRoutes } from "./trpc";

// The direct catalogue reads must answer exactly as tRPC's fetch adapter would: same status,
// headers and bytes, for answers, errors and batches, signed in or not. Each case is asked of the
// direct path alone (which must take it) and of the adapter alone, and the two answers compared.

let testDb: TestDatabase;
let deps: TestDeps;
/** What the test route answers when the direct path leaves a request to the adapter. */
const NOT_TAKEN = 418;

/** What app.ts sets before the API: a request id, a logger, the client's address. */
function withRequestBasics() {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set("requestId", "req-1");
    c.set("logger", pino({ level: "silent" }));
    c.set("clientIp", "192.0.2.1");
    await next();
  });
  return app;
}

let directOnly: Hono<AppEnv>;
let adapterOnly: Hono<AppEnv>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  deps = testDeps(testDb.db);
  await insertAnimal(testDb.db, { slug: "luna", name: "Luna", species: "cat", breed: "Maine Coon" });
  await insertAnimal(testDb.db, { slug: "rex", name: "Rex", species: "dog", priceMinor: 80000 });
  await insertAnimal(testDb.db, { slug: "draft-dog", name: "Draft", status: "draft" });
  directOnly = withRequestBasics().get(
    `${TRPC_ENDPOINT}/*`,
    async (c) =>
      (await answerCatalogueRead(c, deps, TRPC_ENDPOINT)) ?? c.text("left to the adapter", NOT_TAKEN),
  );
  adapterOnly = withRequestBasics().route("/", trpcRoutes(deps, { directReads: false }));
});
afterAll(() => testDb?.destroy());

const one = (path: string, input?: unknown) =>
  `${TRPC_ENDPOINT}/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
const batch = (paths: string[], inputs: unknown[]) =>
  `${TRPC_ENDPOINT}/${paths.join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify({ ...inputs }))}`;

async function answerOf(app: Hono<AppEnv>, url: string, headers: Record<string, string>) {
  const res = await app.request(url, { headers });
  return { status: res.status, headers: [...res.headers].sort(), body: await res.text() };
}

async function expectSameAnswer(url: string, headers: Record<string, string> = {}) {
  const direct = await answerOf(directOnly, url, headers);
  expect(direct.status, "the direct path should take this request").not.toBe(NOT_TAKEN);
  expect(direct).toEqual(await answerOf(adapterOnly, url, headers));
  return direct;
}

describe("direct catalogue reads", () => {
  it("answer like the adapter: a page, a filtered page, facets and one animal", async () => {
    const page = await expectSameAnswer(one("animals.list", { limit: 2 }));
    expect(page.status).toBe(200);
    expect(JSON.parse(page.body).result.data.items).toHaveLength(2);
    await expectSameAnswer(one("animals.list", { species: ["cat"], sort: "price_asc", limit: 24 }));
    await expectSameAnswer(one("animals.list"));
    await expectSameAnswer(one("animals.facets", { species: ["dog"] }));
    const luna = await expectSameAnswer(one("animals.bySlug", { slug: "luna" }));
    expect(JSON.parse(luna.body).result.data).toMatchObject({ name: "Luna" });
  });

  it("answer like the adapter in a batch, including a batch with an error in it (207)", async () => {
    await expectSameAnswer(batch(["animals.list"], [{ limit: 1 }]));
    await expectSameAnswer(batch(["animals.list", "animals.facets"], [{ species: ["cat"] }, {}]));
    const mixed = await expectSameAnswer(
      batch(["animals.bySlug", "animals.bySlug"], [{ slug: "luna" }, { slug: "nobody" }]),
    );
    expect(mixed.status).toBe(207);
    await expectSameAnswer(batch(["animals.list"], []));
  });

  it("fail like the adapter: not found, hidden, bad input, forbidden", async () => {
    expect((await expectSameAnswer(one("animals.bySlug", { slug: "nobody" }))).status).toBe(404);
    expect((await expectSameAnswer(one("animals.bySlug", { slug: "draft-dog" }))).status).toBe(404);
    expect((await expectSameAnswer(one("animals.list", { limit: 5000 }))).status).toBe(400);
    expect((await expectSameAnswer(one("animals.bySlug"))).status).toBe(400);
    expect((await expectSameAnswer(one("animals.list", { status: ["draft"] }))).status).toBe(403);
  });

  it("answer signed-in callers like the adapter, staff views included", async () => {
    const customer = await signedInActor(deps, "customer");
    await expectSameAnswer(one("animals.list", { limit: 3 }), { cookie: customer.cookie });
    const staff = await signedInActor(deps, "staff");
    const drafts = await expectSameAnswer(one("animals.list", { status: ["draft"] }), {
      cookie: staff.cookie,
    });
    expect(JSON.parse(drafts.body).result.data.items).toEqual([
      expect.objectContaining({ slug: "draft-dog" }),
    ]);
  });

  it("send the headers the procedures set, as the adapter does (a stale session cookie is cleared)", async () => {
    const answer = await expectSameAnswer(one("animals.list", { limit: 1 }), {
      cookie: "session=not-a-session",
    });
    expect(answer.headers.find(([name]) => name === "set-cookie")?.[1]).toMatch(/^session=;/);
  });

  it("leave everything else to the adapter, having run nothing", async () => {
    const leftAlone = [
      one("cart.get"),
      one("users.me"),
      `${TRPC_ENDPOINT}/animals.list?input=%7Bnot-json`,
      batch(["animals.list", "cart.get"], [{}, undefined]),
      batch(
        Array.from({ length: 21 }, () => "animals.list"),
        [],
      ),
      `${TRPC_ENDPOINT}/animals.list?batch=1&input=${encodeURIComponent("[1]")}`,
    ];
    for (const url of leftAlone) expect((await directOnly.request(url)).status, url).toBe(NOT_TAKEN);
    const streamed = await directOnly.request(one("animals.list"), {
      headers: { "trpc-accept": "application/jsonl" },
    });
    expect(streamed.status).toBe(NOT_TAKEN);
  });
});
