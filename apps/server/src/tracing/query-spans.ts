import { context, SpanKind, SpanStatusCode, type Tracer, trace } from "@opentelemetry/api";
import type { LogEvent } from "kysely";

/** `select`, `insert`, `begin`…: the statement's first word, the span's name. */
function operationOf(sql: string): string {
  return /^\s*\(?\s*([a-z]+)/i.exec(sql)?.[1]?.toLowerCase() ?? "query";
}

/**
 * Kysely's query hook, as a span per query inside a traced request or job. The span is written
 * when the query has finished, from Kysely's own timing. It carries the SQL with its `$1`
 * placeholders and never the values bound to them, and on failure the SQLSTATE code only: a
 * PostgreSQL error's detail can quote the row (an email address, say).
 */
export function querySpans(tracer: Tracer): (event: LogEvent) => void {
  return (event) => {
    const parent = context.active();
    // Outside a request or job (migrating at start, say) there is no trace to add to.
    if (!trace.getSpan(parent)) return;
    const end = performance.timeOrigin + performance.now();
    const operation = operationOf(event.query.sql);
    const span = tracer.startSpan(
      operation,
      {
        kind: SpanKind.CLIENT,
        startTime: end - event.queryDurationMillis,
        attributes: {
          "db.system.name": "postgresql",
          "db.operation.name": operation,
          "db.query.text": event.query.sql,
        },
      },
      parent,
    );
    if (event.level === "error") {
      const code = sqlState(event.error);
      if (code) span.setAttribute("db.response.status_code", code);
      span.setStatus({ code: SpanStatusCode.ERROR, message: code ?? "query failed" });
    }
    span.end(end);
  };
}

function sqlState(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" && /^[0-9A-Z]{5}$/.test(error.code) ? error.code : undefined;
}
