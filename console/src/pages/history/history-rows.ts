/** What the grouping reads of an event (the History's rows hold the API's events). */
interface CausedEvent {
  position: string;
  metadata: { causationId: string };
}

/** A row of the History: a command's heading (when it made several events), or one event. */
export type HistoryRow<E extends CausedEvent = CausedEvent> =
  { kind: 'command'; key: string; causationId: string; events: E[] } | { kind: 'event'; key: string; event: E; grouped: boolean };

/**
 * Consecutive events that share a causationId (one command's events, or the engine's work one event caused)
 * are gathered under a heading row that says how many they are; a lone event is a row of its own.
 */
export function historyRows<E extends CausedEvent>(events: readonly E[]): HistoryRow<E>[] {
  const rows: HistoryRow<E>[] = [];
  let start = 0;
  while (start < events.length) {
    const cause = events[start].metadata.causationId;
    let end = start + 1;
    while (end < events.length && events[end].metadata.causationId === cause) end += 1;
    const grouped = end - start > 1;
    const group = events.slice(start, end);
    if (grouped) rows.push({ kind: 'command', key: `command-${events[start].position}`, causationId: cause, events: group });
    for (const event of group) rows.push({ kind: 'event', key: event.position, event, grouped });
    start = end;
  }
  return rows;
}
