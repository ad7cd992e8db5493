/** Work the engine must do at an instant: close a batch, remind Member States, deliver a webhook. */
export type ScheduledJob = CloseBatchJob | ReminderJob | WebhookDeliveryJob;

interface JobBase {
  /** Derived from everything that identifies the work, so that scheduling twice makes one job. */
  id: string;
  /** ISO 8601 instant at or after which the job runs. */
  runAt: string;
}

export interface BatchRef {
  meetingId: string;
  listId: string;
  batch: number;
  /** The batch's deadline (ISO 8601, UTC) when the job was made; a job for a superseded deadline does nothing. */
  deadline: string;
  /**
   * The event that set this deadline (submission or extension): the events the job writes name it as their
   * causationId, and carry its correlationId. Not part of the job's id. Absent on jobs queued before it was kept.
   */
  scheduledBy?: { eventId: string; correlationId: string };
}

/** The causation of the events a job writes: the event that scheduled it, else (older jobs) the job itself. */
export function causationOf(batch: BatchRef, jobId: string): { correlationId: string; causationId: string } {
  const cause = batch.scheduledBy;
  return cause ? { correlationId: cause.correlationId, causationId: cause.eventId } : { correlationId: jobId, causationId: jobId };
}

export interface CloseBatchJob extends JobBase {
  kind: 'close-batch';
  batch: BatchRef;
}

export interface ReminderJob extends JobBase {
  kind: 'reminder';
  batch: BatchRef;
  /** ISO 8601 duration before the deadline, e.g. PT72H. */
  before: string;
}

export interface WebhookDeliveryJob extends JobBase {
  kind: 'webhook';
  state: string;
  url: string;
  /** What is delivered: the reminder's batch, entries and deadline. */
  body: unknown;
}

/** Slugs never contain "/", so the parts cannot run into each other. */
const idOf = (...parts: Array<string | number>) => parts.join('/');
const ms = (instant: string) => new Date(instant).getTime();

export function closeBatchJob(batch: BatchRef): CloseBatchJob {
  return {
    kind: 'close-batch',
    id: idOf('close', batch.meetingId, batch.listId, batch.batch, ms(batch.deadline)),
    runAt: batch.deadline,
    batch,
  };
}

export function reminderJob(batch: BatchRef, before: string, runAt: string): ReminderJob {
  return {
    kind: 'reminder',
    id: idOf('remind', batch.meetingId, batch.listId, batch.batch, ms(batch.deadline), before),
    runAt,
    batch,
    before,
  };
}

export function webhookJob(reminder: ReminderJob, state: string, url: string, body: unknown, runAt: string): WebhookDeliveryJob {
  return { kind: 'webhook', id: idOf('webhook', state, reminder.id), runAt, state, url, body };
}
