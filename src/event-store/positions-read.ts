import { Position, StoredEvent } from './event-store.port';

/** The events found, in the order their positions were asked (positions with no event left out). */
export function inAskedOrder(positions: readonly Position[], found: readonly StoredEvent[]): StoredEvent[] {
  const byPosition = new Map(found.map((event) => [event.position, event]));
  return positions.flatMap((position) => byPosition.get(position) ?? []);
}
