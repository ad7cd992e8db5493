import { Position } from '../event-store.port';

export interface StreamState<S> {
  state: S;
  revision: number;
  position: Position | undefined;
}

/**
 * Folded states of recently used streams, least recently used evicted first, so that a command
 * on a long stream reads only the events appended since. States are never mutated in place.
 */
export class StreamStateCache {
  private readonly entries = new Map<string, StreamState<unknown>>();

  constructor(private readonly capacity: number) {}

  get<S>(streamId: string): StreamState<S> | undefined {
    const entry = this.entries.get(streamId);
    if (!entry) return undefined;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry as StreamState<S>;
  }

  set<S>(streamId: string, entry: StreamState<S>): void {
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}
