import { context, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { TracingSettings } from '../config';

/**
 * The OpenTelemetry SDK, registered for the process when OTEL_EXPORTER_OTLP_ENDPOINT is set: spans are
 * batched and sent over OTLP/HTTP (JSON) to `<endpoint>/v1/traces`, the context follows async calls
 * (AsyncLocalStorage) and crosses processes as W3C `traceparent`. Unset, nothing is registered and
 * every span the engine makes is the API's no-op.
 */
export class Tracing {
  private constructor(private readonly provider: NodeTracerProvider) {}

  static start(settings: TracingSettings): Tracing | undefined {
    if (!settings.endpoint) return undefined;
    const provider = new NodeTracerProvider({
      resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }),
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${settings.endpoint}/v1/traces` }))],
    });
    provider.register();
    return new Tracing(provider);
  }

  /** Sends the spans still buffered, then unregisters, so that an engine started after this one in the process starts clean. */
  async shutdown(): Promise<void> {
    await this.provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  }
}
