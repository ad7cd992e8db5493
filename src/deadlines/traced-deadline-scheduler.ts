import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { DeadlineScheduler, FailedJob, JobRunner, SchedulerHealth } from './deadline-scheduler.port';
import { ScheduledJob } from './scheduled-job';

const tracer = trace.getTracer('nihil-obstat');

/** A job as scheduled with tracing on: the W3C trace context of the request that scheduled it. */
type TracedJob = ScheduledJob & { traceContext?: Record<string, string> };

/**
 * The scheduler with tracing on (only then: the engine wraps it when OTEL_EXPORTER_OTLP_ENDPOINT is set).
 * Scheduling is a span of the request's trace and carries its context in the job's data, through Redis
 * with BullMQ; running the job, perhaps days later in another process, is a trace of its own linked to it.
 */
export class TracedDeadlineScheduler implements DeadlineScheduler {
  constructor(private readonly inner: DeadlineScheduler) {}

  start(run: JobRunner): Promise<void> {
    return this.inner.start((job: TracedJob) => this.runTraced(job, run));
  }

  schedule(job: ScheduledJob): Promise<void> {
    const attributes = { 'nihil_obstat.job.kind': job.kind, 'nihil_obstat.job.id': job.id, 'nihil_obstat.job.run_at': job.runAt };
    return tracer.startActiveSpan(`schedule ${job.kind}`, { kind: SpanKind.PRODUCER, attributes }, async (span) => {
      const traceContext: Record<string, string> = {};
      propagation.inject(context.active(), traceContext);
      try {
        await this.inner.schedule({ ...job, traceContext } as TracedJob);
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
        throw error;
      } finally {
        span.end();
      }
    });
  }

  failed(): Promise<FailedJob[]> {
    return this.inner.failed();
  }

  health(): Promise<SchedulerHealth> {
    return this.inner.health();
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }

  private runTraced(job: TracedJob, run: JobRunner): Promise<void> {
    const scheduledBy = trace.getSpanContext(propagation.extract(context.active(), job.traceContext ?? {}));
    const attributes = { 'nihil_obstat.job.kind': job.kind, 'nihil_obstat.job.id': job.id };
    const links = scheduledBy ? [{ context: scheduledBy }] : [];
    return tracer.startActiveSpan(`run ${job.kind}`, { kind: SpanKind.CONSUMER, attributes, links, root: true }, async (span) => {
      try {
        await run(job);
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
        throw error;
      } finally {
        span.end();
      }
    });
  }
}
