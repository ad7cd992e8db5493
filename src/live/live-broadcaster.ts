import { BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { ServerResponse } from 'node:http';
import { Actor, EventStore, Position, StoredEvent, Subscription } from '../event-store/event-store.port';
import { ProjectionRunner } from '../event-store/projections/projection-runner';
import { comparePositions } from '../kernel/position';
import { LiveMapper } from './live-mapper';
import { LiveStream } from './live-stream';

/** Streams one caller may hold open in one process; a further one ends its oldest (a tab left open elsewhere). */
export const MAX_STREAMS_PER_CALLER = 5;
/** Events read from the log at a time when a stream resumes. */
const REPLAY_PAGE = 500;
/** How long one wait for the projections lasts before it is tried again. */
const PROJECTION_WAIT_MS = 5_000;

/**
 * Sends every stream the views each new event changed, once this process's projections include the event
 * (so that the refetch it prompts sees it). One subscription to the log per process, started with the first
 * stream: a command answered by another process reaches this one's streams through the log.
 */
export class LiveBroadcaster implements BeforeApplicationShutdown {
  private readonly logger = new Logger('LiveUpdates');
  private readonly streams = new Set<LiveStream>();
  private subscription?: Promise<Subscription>;
  private stopped = false;

  constructor(
    private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly mapper: LiveMapper,
  ) {}

  /** Opens `viewer`'s stream: the changes after `lastEventId` first (read from the log), then each new one. */
  async open(viewer: Actor, response: ServerResponse, lastEventId: Position | undefined): Promise<LiveStream> {
    await this.subscribed();
    this.endOldestBeyondLimit(viewer);
    const stream = new LiveStream(viewer, response, () => this.streams.delete(stream));
    // Joins before the log's end is read: an event committed from now on reaches it live, one before, by the replay.
    this.streams.add(stream);
    if (this.stopped) {
      stream.close();
      return stream;
    }
    const last = await this.store.lastPosition();
    const from = lastEventId === undefined || last === undefined || comparePositions(lastEventId, last) > 0 ? last : lastEventId;
    stream.startAfter(from);
    if (lastEventId !== undefined && from !== undefined) await this.replay(stream, from);
    stream.caughtUp();
    return stream;
  }

  get openStreams(): number {
    return this.streams.size;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    [...this.streams].forEach((stream) => stream.close());
    await (await this.subscription?.catch(() => undefined))?.stop();
  }

  private subscribed(): Promise<Subscription> {
    this.subscription ??= this.store.lastPosition().then((head) =>
      this.store.subscribe(head, (event) => this.deliver(event), {
        onError: (error) => this.restart(error),
      }),
    );
    return this.subscription;
  }

  private async deliver(event: StoredEvent): Promise<void> {
    const delivery = { position: event.position, changes: await this.changesOf(event) };
    this.streams.forEach((stream) => stream.receive(delivery));
  }

  private async replay(stream: LiveStream, from: Position): Promise<void> {
    let after = from;
    while (!stream.isClosed) {
      const events = await this.store.readAll({ fromPosition: after, maxCount: REPLAY_PAGE });
      if (events.length === 0) return;
      for (const event of events) stream.send({ position: event.position, changes: await this.changesOf(event) });
      after = events[events.length - 1].position;
    }
  }

  private async changesOf(event: StoredEvent) {
    await this.projected(event.position);
    return this.mapper.changesOf(event);
  }

  /** Resolves once this process's views include `position`; a slow catch-up is waited out, a stopped runner is not. */
  private async projected(position: Position): Promise<void> {
    for (;;) {
      try {
        return await this.runner.waitFor(position, PROJECTION_WAIT_MS);
      } catch (error) {
        if (this.stopped || this.runner.error) throw error;
      }
    }
  }

  /** The subscription failed: every stream ends (its client resumes from its Last-Event-ID), the next one starts afresh. */
  private restart(error: Error): void {
    if (!this.stopped) this.logger.error(`Live updates stopped: ${error.message}; the streams end and their clients resume`);
    this.subscription = undefined;
    [...this.streams].forEach((stream) => stream.close());
  }

  private endOldestBeyondLimit(viewer: Actor): void {
    const own = [...this.streams].filter((s) => s.viewer.subject === viewer.subject && s.viewer.role === viewer.role);
    own.slice(0, Math.max(0, own.length - MAX_STREAMS_PER_CALLER + 1)).forEach((stream) => stream.close());
  }
}
