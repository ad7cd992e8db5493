import { StoredEvent } from './events';

/** Read-modify-write access to a projection's documents while it applies events. */
export interface DocumentWriter {
  get<T>(key: string): T | undefined;
  put<T>(key: string, document: T): void;
  delete(key: string): void;
}

/**
 * A read model fed in global order. `apply` must be deterministic and free of side effects: it is
 * replayed from zero on every rebuild. Bumping `version` rebuilds the projection at next start.
 * It must also be stream-local: an event touches only documents that events of its own stream make
 * (the audit rebuild replays streams in separate workers; one that is not would show as differences).
 */
export interface Projection {
  readonly name: string;
  readonly version: number;
  apply(event: StoredEvent, documents: DocumentWriter): void;
}
