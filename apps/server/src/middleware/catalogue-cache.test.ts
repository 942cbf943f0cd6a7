import { testClock } from "@petshop/api/testing";
import { Hono } from "hono";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../hono-env";
import { answerStore } from "./answer-store";
import { catalogueCache } from "./catalogue-cache";

// What the catalogue cache keeps, in front of a stand-in for the API whose answers a test sets.

function cachedApi(answer: () => Response) {
  const answers = answerStore(1024 * 1024);
  let calls = 0;
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set("logger", pino({ level: "silent" }));
      await next();
    })
    .use(
      "/trpc/*",
      catalogueCache({
        clock: testClock(),
        cookies: { secure: false },
        version: { current: async () => "7", forget: () => {} },
        answers,
        metrics: null,
      }),
    )
    .get("/trpc/*", () => {
      calls++;
      return answer();
    });
  const get = () => app.request(`/trpc/animals.list?input=${encodeURIComponent("{}")}`);
  return { answers, get, calls: () => calls };
}

describe("the catalogue cache", () => {
  it("answers a public call again from memory", async () => {
    const api = cachedApi(() => Response.json({ result: { data: [] } }));
    expect(await (await api.get()).json()).toEqual({ result: { data: [] } });
    const again = await api.get();
    expect(await again.json()).toEqual({ result: { data: [] } });
    expect(again.headers.get("etag")).toMatch(/^W\/"catalogue-7-/);
    expect(api.calls()).toBe(1);
  });

  it("never keeps an answer that sets a cookie", async () => {
    const api = cachedApi(() => Response.json({}, { headers: { "set-cookie": "session=; Max-Age=0" } }));
    await api.get();
    const again = await api.get();
    expect(again.headers.get("cache-control")).toBe("private, no-store");
    expect(api.calls()).toBe(2);
    expect(api.answers.entries).toBe(0);
  });

  it.each([400, 404, 500])("never keeps a failed answer (%i)", async (status) => {
    const api = cachedApi(() => Response.json({ error: {} }, { status }));
    await api.get();
    await api.get();
    expect(api.calls()).toBe(2);
    expect(api.answers.entries).toBe(0);
  });

  it("leaves a streamed answer alone", async () => {
    const api = cachedApi(() => new Response("{}\n", { headers: { "content-type": "application/jsonl" } }));
    await api.get();
    await api.get();
    expect(api.calls()).toBe(2);
  });
});
