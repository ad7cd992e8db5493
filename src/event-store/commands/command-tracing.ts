import { Context, context, Link, Span, SpanStatusCode, trace } from '@opentelemetry/api';

/**
 * The executor's spans. Only the OpenTelemetry API: without a registered provider (tracing off) every
 * call here is the API's no-op, so the executor pays nothing but a few function calls.
 */
const tracer = trace.getTracer('nihil-obstat');

export const CORRELATION_ATTRIBUTE = 'nihil_obstat.correlation_id';

/** Runs `work` in a span of its own under `parent` (the active context by default), ended and marked failed when `work` throws. */
export function inSpan<T>(
  name: string,
  attributes: Record<string, string | number>,
  work: (span: Span) => Promise<T>,
  parent: Context = context.active(),
  links: Link[] = [],
): Promise<T> {
  return tracer.startActiveSpan(name, { attributes, links }, parent, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The active context, kept with a queued command so that the append it joins is traced under it. */
export function activeContext(): Context {
  return context.active();
}

/** Links from the append's span to the other commands it carries (one append may write several). */
export function linksTo(contexts: Context[]): Link[] {
  return contexts.flatMap((c) => {
    const span = trace.getSpan(c);
    return span && span.isRecording() ? [{ context: span.spanContext() }] : [];
  });
}
