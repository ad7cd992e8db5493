import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { dirname, join } from 'node:path';
import { EVENT_STORE, EventStore, Position, StoredEvent } from '../../event-store/event-store.port';
import { ProjectionRunner, ProjectionTimeoutError } from '../../event-store/projections/projection-runner';
import { APP_CONFIG, AppConfig } from '../../platform/config';
import { ApiError } from '../../platform/http/api-error';
import { DeciderRegistry } from '../decider-registry';
import { AuditFilter } from './audit-index-query';
import { IndexedEvent } from './audit-index-row';
import { AuditIndexFeed } from './audit-index.feed';
import { AuditIndexStore } from './audit-index.store';

/** An event as stored, with its place in the log. */
export interface IndexedStoredEvent {
  index: number;
  event: StoredEvent;
}

export interface HistoryPage {
  events: IndexedStoredEvent[];
  /** The cursor of the next page (`after` ascending, `before` descending); null: no more events now. */
  next: Position | null;
}

/** What caused an event: another event, or a request (the command kind, who asked, when). */
export type Cause = { event: IndexedStoredEvent } | { request: { command: string | null; actor: unknown; at: string } };

export interface EventLinks {
  event: IndexedStoredEvent;
  causedBy: Cause;
  ledTo: IndexedStoredEvent[];
  sameCommand: IndexedStoredEvent[];
}

/** Most events `ledTo` and `sameCommand` list (a command's events number a few thousand at most: an import). */
export const MAX_LINKED = 1000;

/** The index's file: `audit-index.db` beside the projections, in memory with them. */
export function auditIndexPath(projectionsPath: string): string {
  return projectionsPath === ':memory:' ? ':memory:' : join(dirname(projectionsPath), 'audit-index.db');
}

/**
 * The audit's history: filtered pages and one event's causation, answered from the audit index, the
 * events themselves read from the store by position. Every answer waits until the index holds what
 * the views hold (so a command's answer is followed by an audit page that shows it).
 */
@Injectable()
export class AuditHistory implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditIndex');
  private readonly index: AuditIndexStore;
  private readonly feed: AuditIndexFeed;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: ProjectionRunner,
    deciders: DeciderRegistry,
  ) {
    this.index = new AuditIndexStore(auditIndexPath(config.projectionsPath));
    this.feed = new AuditIndexFeed(store, this.index, (streamId) => deciders.meetingOf(streamId));
  }

  /** Not awaited: a long log is indexed in the background; audit pages wait for it meanwhile. */
  onApplicationBootstrap(): void {
    this.feed.start().then(
      () => this.logger.log(`Audit index caught up: ${this.index.size} events`),
      (error: Error) => this.logger.error(`Audit index could not start: ${error.message}`),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.feed.stop();
    this.index.close();
  }

  async page(filter: AuditFilter): Promise<HistoryPage> {
    await this.consistent();
    const { rows, more } = this.index.page(filter);
    const events = await this.read(rows);
    return { events, next: more && rows.length > 0 ? rows[rows.length - 1].position : null };
  }

  async links(position: Position): Promise<EventLinks> {
    await this.consistent();
    const row = this.index.at(position);
    if (!row)
      throw new ApiError('NOT_FOUND', `There is no event at position ${position}. Positions are those GET /v1/audit/events answers.`);
    const siblings = row.causationId ? this.index.causedBy(row.causationId, MAX_LINKED + 1) : [row];
    const cause = row.causationId ? this.index.byEventId(row.causationId) : undefined;
    const children = this.index.causedBy(row.eventId, MAX_LINKED);
    const [events, ...groups] = await Promise.all([
      this.read([row]),
      this.read(cause ? [cause] : []),
      this.read(children),
      this.read(siblings),
    ]);
    const [event] = events;
    if (!event) throw new ApiError('NOT_FOUND', `The event at position ${position} is indexed but the store no longer holds it.`);
    const [causes, ledTo, same] = groups;
    return {
      event,
      causedBy: causes[0] ? { event: causes[0] } : { request: requestOf(event.event, siblings) },
      ledTo,
      sameCommand: same.filter((other) => other.index !== row.idx).slice(0, MAX_LINKED),
    };
  }

  /** Waits until the index holds every event the views hold (bounded by PROJECTION_WAIT_MS, then 503). */
  private async consistent(): Promise<void> {
    const target = this.runner.position;
    try {
      await this.feed.waitFor(target, this.config.projectionWaitMs);
    } catch (error) {
      if (!(error instanceof ProjectionTimeoutError)) throw error;
      throw new ApiError(
        'PROJECTION_TIMEOUT',
        `The audit index had not reached position ${target} after ${this.config.projectionWaitMs} ms ` +
          `(it is at ${error.reached ?? 'the start'}): it may still be indexing the log. Retry in a moment.`,
        { position: target ?? null, reached: error.reached ?? null },
      );
    }
  }

  /** The rows' events from the store, in the rows' order: one read by position, else one per stream revision. */
  private async read(rows: readonly IndexedEvent[]): Promise<IndexedStoredEvent[]> {
    if (rows.length === 0) return [];
    const found = this.store.readPositions
      ? await this.store.readPositions(rows.map((row) => row.position))
      : await Promise.all(rows.map((row) => this.store.readStream(row.streamId, { fromRevision: row.revision, maxCount: 1 }))).then(
          (reads) => reads.flat(),
        );
    const byPosition = new Map(found.map((event) => [event.position, event]));
    return rows.flatMap((row) => {
      const event = byPosition.get(row.position);
      return event ? [{ index: row.idx, event }] : [];
    });
  }
}

/** A request's command: the kind its first event recorded (`metadata.command`), null when none did. */
function requestOf(event: StoredEvent, siblings: readonly IndexedEvent[]) {
  const command = siblings.find((row) => row.command !== null)?.command ?? null;
  return { command, actor: event.metadata.actor, at: event.metadata.occurredAt };
}
