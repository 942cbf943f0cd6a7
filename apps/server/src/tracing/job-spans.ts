import { SpanKind, SpanStatusCode, type Tracer } from "@opentelemetry/api";

/**
 * Runs a job inside a span of its own (`job order-confirmation`), the parent of its queries'
 * spans; without a tracer it just runs it.
 */
export function inJobSpan<T>(tracer: Tracer | null, name: string, run: () => Promise<T>): Promise<T> {
  if (!tracer) return run();
  return tracer.startActiveSpan(`job ${name}`, { kind: SpanKind.CONSUMER }, async (span) => {
    try {
      return await run();
    } catch (error) {
      // The job's name says which; its error (which may quote a customer's data) stays in the log.
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
