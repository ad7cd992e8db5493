import { createHash } from 'node:crypto';
import { NewEvent } from '../event-store.port';

/** The namespace of the engine's event ids (a fixed random UUID). */
const NAMESPACE = Buffer.from('9b3c6f1e4a2d4c7b8e5f0a1b2c3d4e5f', 'hex');

/**
 * A name-based (version 5) UUID of the command that caused the event and the event's index in its
 * stream. An append sent again (after a lost answer) carries the same ids, so EventStoreDB
 * recognizes the events it already stored; the stream index keeps apart two writes of one cause to
 * one stream (a scheduled job run twice decides anew, at later revisions).
 */
export function commandEventId(streamId: string, causationId: string, revision: number): string {
  const name = Buffer.from(JSON.stringify([streamId, causationId, revision]), 'utf8');
  const digest = createHash('sha1').update(NAMESPACE).update(name).digest();
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The events of one append to a stream whose last revision is `lastRevision`, each with its derived id. */
export function withCommandEventIds(streamId: string, events: NewEvent[], lastRevision: number): NewEvent[] {
  return events.map((event, i) => ({ ...event, eventId: commandEventId(streamId, event.metadata.causationId, lastRevision + 1 + i) }));
}
