import { Position } from './position';

export type { Position } from './position';

/** Who caused an event: the authenticated caller, or the engine itself for scheduled work. */
export interface Actor {
  role: 'pga' | 'member-state' | 'observer' | 'auditor' | 'system';
  subject: string;
  state?: string;
}

export interface EventMetadata {
  correlationId: string;
  causationId: string;
  actor: Actor;
  /** ISO 8601 instant, from the injected clock at the time the command reached the engine. */
  occurredAt: string;
  schemaVersion: number;
  [extra: string]: unknown;
}

/** An event about to be appended. `eventId` is generated when absent. */
export interface NewEvent<D = unknown> {
  eventId?: string;
  type: string;
  data: D;
  metadata: EventMetadata;
}

export interface StoredEvent<D = unknown> {
  eventId: string;
  streamId: string;
  /** Zero-based revision of the event in its stream. */
  revision: number;
  position: Position;
  type: string;
  data: D;
  metadata: EventMetadata;
  /** ISO 8601 instant at which the store committed the event. */
  recordedAt: string;
}
