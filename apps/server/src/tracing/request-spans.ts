import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  type TextMapGetter,
  type Tracer,
  trace,
} from "@opentelemetry/api";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../hono-env";

const fromHeaders: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

/**
 * A server span per request, the parent of the spans of the queries it runs. It continues a
 * caller's W3C `traceparent`, is named by the route that answered (`GET /trpc/*`), and carries the
 * API procedures called and the caller's user id: never a body, cookie, token or query string.
 */
export function requestSpans(tracer: Tracer) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const parent = propagation.extract(ROOT_CONTEXT, c.req.raw.headers, fromHeaders);
    const span = tracer.startSpan(
      c.req.method,
      {
        kind: SpanKind.SERVER,
        attributes: { "http.request.method": c.req.method, "url.path": c.req.path },
      },
      parent,
    );
    if (!span.isRecording()) {
      // Not sampled: nothing will be sent, so its queries need no context to find it by.
      await next();
      return;
    }
    c.set("traceId", span.spanContext().traceId);
    try {
      await context.with(trace.setSpan(parent, span), next);
    } finally {
      const route = c.req.routePath;
      const status = c.res.status;
      span.updateName(`${c.req.method} ${route}`);
      span.setAttributes({ "http.route": route, "http.response.status_code": status });
      const procedures = c.get("procedures");
      const userId = c.get("userId");
      if (procedures) span.setAttribute("petshop.procedures", procedures);
      if (userId) span.setAttribute("enduser.id", userId);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
  });
}
