import { collectDefaultMetrics, Counter, Gauge, Histogram, MetricObjectWithValues, MetricValue, Registry } from 'prom-client';
import type { AsOfOutcome } from '../../event-store/projections/as-of/as-of-bounds';
import type { CommandObserver, CommandOutcome } from '../../event-store/commands/command-observer';
import type { ProjectionLag } from '../../event-store/projections/projection-lag';

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const APPEND_SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
/** From a closure on time to one held up by an outage of an hour or more. */
const LAG_SECONDS = [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600, 14_400];

export type WebhookOutcome = 'delivered' | 'failed';

export interface ScheduledJobCounts {
  waiting: number;
  delayed: number;
  failed: number;
}

let processMetrics: Registry | undefined;

/**
 * Node's process metrics (CPU, memory, event loop, GC) belong to the process, not to an engine: one registry
 * for all, made once, as their collectors (an event loop monitor, a GC observer) cannot be stopped.
 */
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics });
  }
  return processMetrics;
}

/**
 * The engine's Prometheus figures (docs/configuration.md, "Operations: metrics and traces"), in a registry of its
 * own per engine instance: tests that start several engines in one process do not share counters.
 */
export class EngineMetrics implements CommandObserver {
  readonly registry = new Registry();
  private readonly commands = this.counter('commands_total', 'Commands settled, by command and outcome', ['command', 'outcome']);
  private readonly commandSeconds = this.histogram(
    'command_duration_seconds',
    'Time from a command reaching the executor to its answer (decision, append and the wait for the views)',
    ['command'],
    SECONDS,
  );
  private readonly requests = this.counter('http_requests_total', 'HTTP requests answered, by route pattern and status', [
    'route',
    'status',
  ]);
  private readonly requestSeconds = this.histogram('http_request_duration_seconds', 'Time to answer an HTTP request', ['route'], SECONDS);
  private readonly appendSeconds = this.histogram('append_duration_seconds', 'Time of one append to the event store', [], APPEND_SECONDS);
  private readonly deadlineLag = this.histogram(
    'deadline_lag_seconds',
    "Time from a batch's deadline to its closure by the scheduler",
    [],
    LAG_SECONDS,
  );
  private readonly webhooks = this.counter('webhook_deliveries_total', 'Webhook delivery attempts, by outcome', ['outcome']);
  private readonly asOfReads = this.counter('as_of_reads_total', 'Views read as of a point (?asOf=, ?asOfPosition=), by outcome', [
    'outcome',
  ]);

  /** The engine's figures then the process's, in the text format. */
  async exposition(): Promise<string> {
    return `${await this.registry.metrics()}\n${await processRegistry().metrics()}`;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** Every metric exposed, the process's included, as prom-client describes them. */
  async allMetricsAsJSON(): Promise<MetricObjectWithValues<MetricValue<string>>[]> {
    return [...(await this.registry.getMetricsAsJSON()), ...(await processRegistry().getMetricsAsJSON())];
  }

  commandSettled(command: string, outcome: CommandOutcome, seconds: number): void {
    this.commands.inc({ command, outcome });
    this.commandSeconds.observe({ command }, seconds);
  }

  /** `route`: the route's pattern, never the URL (one series per route, whatever the identifiers). */
  requestAnswered(route: string, status: number, seconds: number): void {
    this.requests.inc({ route, status: String(status) });
    this.requestSeconds.observe({ route }, seconds);
  }

  appended(seconds: number): void {
    this.appendSeconds.observe(seconds);
  }

  batchClosed(lagSeconds: number): void {
    this.deadlineLag.observe(Math.max(0, lagSeconds));
  }

  webhookAttempted(outcome: WebhookOutcome): void {
    this.webhooks.inc({ outcome });
  }

  asOfRead(outcome: AsOfOutcome): void {
    this.asOfReads.inc({ outcome });
  }

  /** Projection lag, read once per scrape for both gauges (the registry collects them at the same time). */
  measureProjectionLag(read: () => Promise<ProjectionLag[]>): void {
    const lags = sharedWhilePending(read);
    const labels = ['projection'];
    this.gauge('projection_lag_events', 'Events in the log that a projection has not applied yet', labels, async (gauge) => {
      gauge.reset();
      for (const lag of await lags()) gauge.set({ projection: lag.projection }, lag.events);
    });
    this.gauge('projection_lag_seconds', 'How long the oldest event a projection has not applied has waited', labels, async (gauge) => {
      gauge.reset();
      for (const lag of await lags()) gauge.set({ projection: lag.projection }, lag.seconds);
    });
  }

  /** The scheduler's jobs, counted at each scrape. */
  measureScheduledJobs(count: () => Promise<ScheduledJobCounts>): void {
    const help = 'Scheduled jobs (closures, reminders, webhook deliveries) by state';
    this.gauge('scheduled_jobs', help, ['state'], async (gauge) => {
      const counts = await count();
      for (const state of ['waiting', 'delayed', 'failed'] as const) gauge.set({ state }, counts[state]);
    });
  }

  private counter<L extends string>(name: string, help: string, labelNames: L[]): Counter<L> {
    return new Counter({ name: `nihil_obstat_${name}`, help, labelNames, registers: [this.registry] });
  }

  private histogram<L extends string>(name: string, help: string, labelNames: L[], buckets: number[]): Histogram<L> {
    return new Histogram({ name: `nihil_obstat_${name}`, help, labelNames, buckets, registers: [this.registry] });
  }

  private gauge(name: string, help: string, labelNames: string[], collect: (gauge: Gauge) => Promise<void>): void {
    new Gauge({
      name: `nihil_obstat_${name}`,
      help,
      labelNames,
      registers: [this.registry],
      collect() {
        return collect(this);
      },
    });
  }
}

/** Calls made while one is pending share its answer. */
function sharedWhilePending<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= read().finally(() => (pending = undefined)));
}
