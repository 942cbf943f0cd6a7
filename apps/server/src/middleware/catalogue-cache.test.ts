import { gunzipSync } from "node:zlib";
import { testClock } from "@petshop/api/testing";
import { Hono } from "hono";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../hono-env";
import { answerStore } from "./answer-store";
import { type CatalogueReader, catalogueCache } from "./catalogue-cache";

// What the catalogue cache keeps, in front of a stand-in for the API whose answers a test sets.

function cachedApi(answer: () => Response, read: CatalogueReader | null = null) {
  const answers = answerStore(1024 * 1024);
  let version = "7";
  let calls = 0;
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set("logger", pino({ level: "silent" }));
      c.set("requestId", "req-1");
      await next();
    })
    .use(
      "/trpc/*",
      catalogueCache({
        clock: testClock(),
        cookies: { secure: false },
        version: { current: async () => version, forget: () => {} },
        answers,
        metrics: null,
        read,
      }),
    )
    .get("/trpc/*", () => {
      calls++;
      return answer();
    });
  const get = (headers: Record<string, string> = {}) =>
    app.request(`/trpc/animals.list?input=${encodeURIComponent("{}")}`, { headers });
  return {
    answers,
    get,
    calls: () => calls,
    staffWrite: () => {
      version = String(Number(version) + 1);
    },
  };
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

  it("drops the kept answers of a version once the version moves on", async () => {
    const api = cachedApi(() => Response.json({ result: { data: [] } }));
    await api.get();
    expect(api.answers.entries).toBe(1);
    api.staffWrite();
    const after = await api.get();
    expect(after.headers.get("etag")).toMatch(/^W\/"catalogue-8-/);
    expect(api.calls()).toBe(2);
    // Only the new version's answer is held.
    expect(api.answers.entries).toBe(1);
    await api.get();
    expect(api.calls()).toBe(2);
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

describe("the catalogue cache answering misses itself", () => {
  const plain = { vary: "trpc-accept, accept", "content-type": "application/json" };
  /** A reader that answers `answer` and counts its calls; the route behind it must not be asked. */
  function reading(answer: () => Awaited<ReturnType<CatalogueReader>>) {
    let reads = 0;
    const api = cachedApi(
      () => new Response("the route was asked", { status: 418 }),
      async () => {
        reads++;
        return answer();
      },
    );
    return { ...api, reads: () => reads };
  }

  it("keeps the procedures' answer and sends it again from memory, in the encoding asked for", async () => {
    const json = JSON.stringify({ result: { data: { items: Array.from({ length: 400 }, (_, i) => i) } } });
    const api = reading(() => ({ status: 200, json, headers: plain }));
    const first = await api.get({ "accept-encoding": "gzip" });
    expect(first.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(await first.arrayBuffer()).toString()).toBe(json);
    const again = await api.get();
    expect(again.headers.get("content-encoding")).toBeNull();
    expect(await again.text()).toBe(json);
    for (const res of [first, again]) {
      expect(res.headers.get("vary")).toBe("trpc-accept, accept, Accept-Encoding");
      expect(res.headers.get("etag")).toMatch(/^W\/"catalogue-7-/);
      expect(res.headers.get("x-request-id")).toBe("req-1");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect(api.reads()).toBe(1);
    expect(api.calls()).toBe(0);
  });

  it("never keeps a failed answer, and says so", async () => {
    const api = reading(() => ({ status: 404, json: '{"error":{}}', headers: plain }));
    const res = await api.get();
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("etag")).toBeNull();
    await api.get();
    expect(api.reads()).toBe(2);
    expect(api.answers.entries).toBe(0);
  });

  it("never keeps an answer that sets a cookie, and sends the cookie", async () => {
    const headers = new Headers({ ...plain, "set-cookie": "session=; Max-Age=0" });
    const api = reading(() => ({ status: 200, json: "{}", headers }));
    const res = await api.get();
    expect(res.headers.get("set-cookie")).toBe("session=; Max-Age=0");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    await api.get();
    expect(api.reads()).toBe(2);
    expect(api.answers.entries).toBe(0);
  });

  it("leaves to the route what the reader will not answer", async () => {
    const api = reading(() => null);
    expect((await api.get()).status).toBe(418);
    expect(api.calls()).toBe(1);
  });
});
