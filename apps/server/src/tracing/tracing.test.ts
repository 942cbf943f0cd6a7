import { randomBytes } from "node:crypto";
import { signedInActor } from "@petshop/api/testing";
import { createTestDatabase, type TestDatabase } from "@petshop/migrations/testing";
import { sql } from "kysely";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "../test-support/app";
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from "../test-support/otlp-receiver";
import { inJobSpan } from "./job-spans";
import { querySpans } from "./query-spans";
import { startTracing, type Tracing } from "./start-tracing";

// Tracing on, end to end: the real SDK and OTLP exporter, sending to a collector on loopback.

const SERVER = 2;
const CLIENT = 3;
const CONSUMER = 5;
const ERROR = 2;

/** A storefront build's first-screen module that asks the API who is signed in, and keeps nothing. */
const FIRST_SCREEN_ASKING_WHO = `
export async function loadFirstScreen(page, fetch) {
  await fetch(page.origin + "/trpc/users.me?batch=1&input=" + encodeURIComponent('{"0":{}}'));
  return { queries: { queries: [], mutations: [] }, images: [], pageModules: [] };
}
`;

let receiver: OtlpReceiver;
let tracing: Tracing;
let testDb: TestDatabase;
let shop: TestApp;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  tracing = await startTracing(
    { endpoint: receiver.url, serviceName: "petshop-test", sampleRatio: 1 },
    "server",
  );
  testDb = await createTestDatabase({ log: querySpans(tracing.tracer) });
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  shop = testApp(testDb.db, { logger, tracer: tracing.tracer, firstScreenModule: FIRST_SCREEN_ASKING_WHO });
});
afterAll(async () => {
  await tracing?.shutdown();
  await testDb?.destroy();
  await receiver?.close();
});

/** A caller's W3C trace context, sampled or not. */
function traceparent(sampled = true) {
  const traceId = randomBytes(16).toString("hex");
  const parentId = randomBytes(8).toString("hex");
  return { traceId, parentId, header: `00-${traceId}-${parentId}-${sampled ? "01" : "00"}` };
}

async function spansOf(traceId: string): Promise<ReceivedSpan[]> {
  await tracing.flush();
  return receiver.spans.filter((span) => span.traceId === traceId);
}

const listUrl = (input: object) => `/trpc/animals.list?input=${encodeURIComponent(JSON.stringify(input))}`;

describe("tracing", () => {
  it("puts a storefront page's in-process API calls in the page's trace, under its span", async () => {
    const caller = traceparent();
    const res = await shop.app.request("/", { headers: { accept: "text/html", traceparent: caller.header } });
    expect(await res.text()).toContain('id="first-screen"');

    const servers = (await spansOf(caller.traceId)).filter((span) => span.kind === SERVER);
    const page = servers.find((span) => span.parentSpanId === caller.parentId);
    expect(page?.attributes["url.path"]).toBe("/");
    expect(servers.find((span) => span.attributes["url.path"] === "/trpc/users.me")).toMatchObject({
      parentSpanId: page?.spanId,
      attributes: { "petshop.procedures": ["users.me"] },
    });
  });

  it("makes a request one server span in the caller's trace, with a span per query under it", async () => {
    const caller = traceparent();
    lines.length = 0;
    const res = await shop.app.request(listUrl({ q: "needle-in-the-haystack", limit: 5 }), {
      headers: { traceparent: caller.header },
    });
    expect(res.status).toBe(200);

    const spans = await spansOf(caller.traceId);
    const server = spans.find((span) => span.kind === SERVER);
    expect(server).toMatchObject({
      name: "GET /trpc/*",
      parentSpanId: caller.parentId,
      attributes: {
        "http.request.method": "GET",
        "http.route": "/trpc/*",
        "url.path": "/trpc/animals.list",
        "http.response.status_code": 200,
        "petshop.procedures": ["animals.list"],
      },
      resource: { "service.name": "petshop-test", "petshop.process": "server" },
    });
    if (!server) return;
    const queries = spans.filter((span) => span.kind === CLIENT);
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      expect(query.parentSpanId).toBe(server.spanId);
      expect(query.startNs).toBeGreaterThanOrEqual(server.startNs);
      expect(query.endNs).toBeLessThanOrEqual(server.endNs);
      expect(query.attributes["db.system.name"]).toBe("postgresql");
    }
    const list = queries.find((q) => String(q.attributes["db.query.text"]).includes('from "animals"'));
    expect(list).toMatchObject({ name: "select", attributes: { "db.operation.name": "select" } });
    // The SQL with its placeholders: what a customer searched for is a bound value, never sent.
    expect(String(list?.attributes["db.query.text"])).toMatch(/\$1/);
    expect(receiver.bodies.join("\n")).not.toContain("needle-in-the-haystack");

    // The request's log line names its trace, so a slow line leads to its trace and back.
    expect(lines.find((line) => line.msg === "request")).toMatchObject({ traceId: caller.traceId });
  });

  it("names a signed-in caller by id and never carries the session's token", async () => {
    const customer = await signedInActor(shop.deps, "customer");
    const caller = traceparent();
    const res = await shop.app.request("/trpc/users.me", {
      headers: { traceparent: caller.header, cookie: customer.cookie },
    });
    expect(res.status).toBe(200);
    const spans = await spansOf(caller.traceId);
    expect(spans.find((span) => span.kind === SERVER)?.attributes["enduser.id"]).toBe(customer.id);
    const token = customer.cookie.split("=")[1] ?? "";
    expect(token.length).toBeGreaterThan(10);
    expect(receiver.bodies.join("\n")).not.toContain(token);
  });

  it("starts a trace of its own for a caller without one, and records nothing for an unsampled one", async () => {
    const res = await shop.app.request(listUrl({ limit: 1 }));
    expect(res.status).toBe(200);
    await tracing.flush();
    const own = receiver.spans.filter((span) => span.kind === SERVER && span.attributes["url.path"]);
    expect(own.at(-1)?.parentSpanId).toBe("");

    const unsampled = traceparent(false);
    lines.length = 0;
    await shop.app.request(listUrl({ limit: 1 }), { headers: { traceparent: unsampled.header } });
    expect(await spansOf(unsampled.traceId)).toEqual([]);
    expect(lines.find((line) => line.msg === "request")).not.toHaveProperty("traceId");
  });

  it("marks a failed query's span with its SQLSTATE and nothing of the error's detail", async () => {
    const traceId = await tracing.tracer.startActiveSpan("test", async (span) => {
      await expect(sql`select 1 / 0`.execute(testDb.db)).rejects.toThrow();
      span.end();
      return span.spanContext().traceId;
    });
    const [failed] = (await spansOf(traceId)).filter((span) => span.kind === CLIENT);
    expect(failed).toMatchObject({
      statusCode: ERROR,
      attributes: { "db.response.status_code": "22012", "db.query.text": "select 1 / 0" },
    });
  });

  it("makes a job a span, with its queries under it", async () => {
    const traceId = await inJobSpan(tracing.tracer, "order-confirmation", async () => {
      await testDb.db.selectFrom("animals").select("id").limit(1).execute();
      return (await import("@opentelemetry/api")).trace.getActiveSpan()?.spanContext().traceId ?? "";
    });
    const spans = await spansOf(traceId);
    const job = spans.find((span) => span.kind === CONSUMER);
    expect(job?.name).toBe("job order-confirmation");
    expect(spans.filter((span) => span.kind === CLIENT).map((span) => span.parentSpanId)).toEqual([
      job?.spanId,
    ]);
  });

  it("adds no span for a query outside any request or job", async () => {
    await tracing.flush();
    const before = receiver.received;
    await testDb.db.selectFrom("animals").select("id").limit(1).execute();
    await tracing.flush();
    expect(receiver.received).toBe(before);
  });
});
