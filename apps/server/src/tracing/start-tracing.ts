import type { Tracer } from "@opentelemetry/api";
import type { Config } from "@petshop/config";

// OpenTelemetry, only when OTEL_EXPORTER_OTLP_ENDPOINT is set. The SDK and the exporter are loaded
// here, on demand: a shop without the setting never loads them, mounts no tracing middleware and
// does not time its queries (docs/operations.md, "Tracing").

export interface Tracing {
  tracer: Tracer;
  /** Sends the spans buffered so far. */
  flush(): Promise<void>;
  /** Sends the spans still buffered and unregisters the provider. */
  shutdown(): Promise<void>;
}

/** What the process is, on each of its spans (`service.name` comes from the setting). */
export type TracedProcess = "server" | "worker";

/**
 * Registers a tracer provider that batches spans to `${endpoint}/v1/traces` (OTLP/HTTP, JSON),
 * sampling `sampleRatio` of new traces and following a caller's `traceparent` for its own.
 */
export async function startTracing(
  settings: NonNullable<Config["tracing"]>,
  role: TracedProcess,
): Promise<Tracing> {
  const [
    { NodeTracerProvider, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler },
    otlp,
    resources,
    api,
  ] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/api"),
  ]);
  const provider = new NodeTracerProvider({
    resource: resources.resourceFromAttributes({
      "service.name": settings.serviceName,
      "petshop.process": role,
    }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.sampleRatio) }),
    spanProcessors: [
      new BatchSpanProcessor(new otlp.OTLPTraceExporter({ url: `${settings.endpoint}/v1/traces` })),
    ],
  });
  // The AsyncLocalStorage context (a query's span finds its request's) and W3C trace context.
  provider.register();
  return {
    tracer: provider.getTracer("petshop"),
    flush: () => provider.forceFlush(),
    async shutdown() {
      await provider.shutdown();
      api.trace.disable();
      api.context.disable();
      api.propagation.disable();
    },
  };
}
