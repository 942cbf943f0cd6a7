import { createApiClient, TRPCClientError } from "@petshop/client";
import { demoAnimals, seedDemoCatalogue } from "@petshop/migrations";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "./test-support/app";

// The shared client's Node entry against the real app: every byte goes through Hono and tRPC's
// HTTP handler, only without a socket.

let testDb: TestDatabase;
let client: ReturnType<typeof createApiClient>;
const seen: string[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDemoCatalogue(testDb.db);
  const { app } = testApp(testDb.db);
  client = createApiClient({
    url: "http://shop.test",
    headers: { "x-script": "catalogue-report" },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      seen.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get("x-script")}`);
      return app.request(request);
    },
  });
});
afterAll(() => testDb?.destroy());

describe("createApiClient", () => {
  it("pages through the whole catalogue with typed results", async () => {
    const slugs: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await client.animals.list.query({ limit: 25, sort: "price_asc", cursor });
      slugs.push(...page.items.map((a) => a.slug));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toHaveLength(demoAnimals.length);
  });

  it("batches parallel queries into one GET and sends the configured headers", async () => {
    seen.length = 0;
    const [dogs, cats] = await Promise.all([
      client.animals.list.query({ species: ["dog"], limit: 3 }),
      client.animals.list.query({ species: ["cat"], limit: 3 }),
    ]);
    expect(dogs.items.every((a) => a.species === "dog")).toBe(true);
    expect(cats.items.every((a) => a.species === "cat")).toBe(true);
    expect(seen).toEqual(["GET /trpc/animals.list,animals.list catalogue-report"]);
  });

  it("sends each call the server takes one per request on its own, so parallel ones all run", async () => {
    seen.length = 0;
    const attempts = await Promise.all(
      ["a", "b", "c"].map((who) =>
        client.users.login
          .mutate({ email: `nobody-${who}@example.test`, password: "not the password" })
          .catch((e: unknown) => e),
      ),
    );
    expect(attempts.map((e) => (e as TRPCClientError<never>).data)).toEqual(
      Array(3).fill(expect.objectContaining({ code: "UNAUTHORIZED" })),
    );
    expect(seen).toEqual(Array(3).fill("POST /trpc/users.login catalogue-report"));
  });

  it("reports failures as TRPCClientError with the code and field errors", async () => {
    const missing = await client.animals.bySlug.query({ slug: "nobody-here" }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(TRPCClientError);
    expect((missing as TRPCClientError<never>).data).toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });

    const invalid = await client.animals.list.query({ limit: 0 }).catch((e: unknown) => e);
    expect((invalid as TRPCClientError<never>).data).toMatchObject({
      code: "BAD_REQUEST",
      zodError: { fieldErrors: { limit: [expect.any(String)] } },
    });
  });
});
