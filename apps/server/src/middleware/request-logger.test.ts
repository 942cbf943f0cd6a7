import { signedInActor } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "../test-support/app";

// The one log line per request: which procedures, for whom, and nothing a log must not hold.

let testDb: TestDatabase;
let shop: TestApp;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  shop = testApp(testDb.db, { logger });
});
afterAll(() => testDb?.destroy());

async function requestLine(path: string, headers: Record<string, string> = {}) {
  lines.length = 0;
  await shop.app.request(`http://localhost${path}`, { headers });
  const line = lines.find((entry) => entry.msg === "request");
  if (!line) throw new Error(`no request line for ${path}`);
  return line;
}

describe("the request log line", () => {
  it("names the procedures called and the caller, signed in or not", async () => {
    const anonymous = await requestLine(`/trpc/animals.list?input=${encodeURIComponent("{}")}`);
    expect(anonymous).toMatchObject({ procedures: ["animals.list"], userId: null, status: 200 });

    const customer = await signedInActor(shop.deps, "customer");
    const batch = await requestLine(`/trpc/users.me,cart.get?batch=1&input=${encodeURIComponent("{}")}`, {
      cookie: customer.cookie,
    });
    expect(batch).toMatchObject({ procedures: ["users.me", "cart.get"], userId: customer.id, status: 200 });
    // The session's token is a secret: it never reaches the log.
    expect(JSON.stringify(batch)).not.toContain(customer.cookie.split("=")[1]);
  });

  it("has neither for a request that called no procedure", async () => {
    const page = await requestLine("/");
    expect(page).not.toHaveProperty("procedures");
    expect(page).not.toHaveProperty("userId");
  });
});
