import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { InProcessDeadlineScheduler } from '../../src/deadlines/in-process-deadline-scheduler';
import { closeBatchJob, ScheduledJob } from '../../src/deadlines/scheduled-job';
import { TracedDeadlineScheduler } from '../../src/deadlines/traced-deadline-scheduler';
import { ManualClock } from '../../src/kernel/clock';

describe('deadline jobs with tracing on', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  beforeAll(() => provider.register());
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  it('schedules inside the request trace, carries its context in the job, and runs the job as a trace linked to it', async () => {
    const clock = new ManualClock(new Date('2013-04-20T12:00:00Z'));
    const inner = new InProcessDeadlineScheduler(clock);
    const scheduler = new TracedDeadlineScheduler(inner);
    const ran: ScheduledJob[] = [];
    await scheduler.start((job) => Promise.resolve(void ran.push(job)));
    const job = closeBatchJob({ meetingId: 'trafficking-2013', listId: 'other-ngos', batch: 1, deadline: '2013-04-26T22:00:00.000Z' });

    const request = trace.getTracer('test').startSpan('POST /v1/meetings/:meetingId/lists/:listId/batches');
    await context.with(trace.setSpan(context.active(), request), () => scheduler.schedule(job));
    request.end();
    clock.set('2013-04-26T22:00:00Z');
    await inner.runDue();
    await scheduler.stop();

    const spans = exporter.getFinishedSpans();
    const scheduled = spans.find((s) => s.name === 'schedule close-batch')!;
    const run = spans.find((s) => s.name === 'run close-batch')!;
    expect(scheduled.spanContext().traceId).toBe(request.spanContext().traceId);
    expect(scheduled.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
    expect(run.spanContext().traceId).not.toBe(request.spanContext().traceId);
    expect(run.links.map((link) => link.context.spanId)).toEqual([scheduled.spanContext().spanId]);
    expect(ran).toEqual([
      { ...job, traceContext: { traceparent: `00-${scheduled.spanContext().traceId}-${scheduled.spanContext().spanId}-01` } },
    ]);
  });
});
