import { EventStore, Position, StoredEvent } from '../event-store.port';
import { hasReached } from '../../kernel/position';
import { ProjectionRunner } from './projection-runner';

export interface ProjectionLag {
  projection: string;
  /** Events in the log after the projection's checkpoint, counted up to `MAX_LAG_COUNTED`. */
  events: number;
  /** How long the oldest of those events has waited (0 when there are none). */
  seconds: number;
}

/** A projection far behind (a rebuild) is not read to its end at every scrape. */
export const MAX_LAG_COUNTED = 10_000;

/**
 * How far behind the log each projection is, read when asked (a scrape), not on every event. Projections
 * that share a checkpoint (nearly always all of them) share one read, which is empty when they are caught up.
 */
export async function projectionLag(runner: ProjectionRunner, store: EventStore, now: Date): Promise<ProjectionLag[]> {
  const last = await store.lastPosition();
  const checkpoints = runner.checkpoints();
  const behind = new Map<Position | undefined, Promise<StoredEvent[]>>();
  for (const { position } of checkpoints) {
    if (last !== undefined && !hasReached(position, last) && !behind.has(position)) {
      behind.set(position, store.readAll({ fromPosition: position, maxCount: MAX_LAG_COUNTED }));
    }
  }
  return Promise.all(
    checkpoints.map(async ({ projection, position }) => {
      const waiting = (await behind.get(position)) ?? [];
      const oldest = waiting[0] ? (now.getTime() - new Date(waiting[0].recordedAt).getTime()) / 1000 : 0;
      return { projection, events: waiting.length, seconds: Math.max(0, oldest) };
    }),
  );
}
