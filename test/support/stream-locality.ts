import { isDeepStrictEqual } from 'node:util';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { UpcasterRegistry } from '../../src/event-store/upcasting/upcaster-registry';
import { StoredEvent } from '../../src/kernel/events';
import { DocumentWriter, Projection } from '../../src/kernel/projection';

/**
 * Whether a projection is stream-local, as the audit's parallel rebuild needs: replaying the whole log
 * in global order must give the same documents as replaying each stream on its own (a fresh
 * projection and store per stream, as a worker has) and merging them, and no two streams may make
 * the same document. `problems`: one line each, naming the projection, the key and the streams;
 * `documents`: how many the whole log makes (none would prove nothing).
 */
export function checkStreamLocality(
  make: () => Projection,
  log: readonly StoredEvent[],
  upcasters: UpcasterRegistry,
): { documents: number; problems: string[] } {
  const name = make().name;
  const together = replay(make, log, upcasters);
  const alone = [...groupByStream(log)].map(([streamId, events]) => ({ streamId, ...replay(make, events, upcasters) }));
  const { merged, problems } = merge(name, alone);
  const keys = [...new Set([...together.documents.keys(), ...merged.keys()])].sort();
  for (const key of keys) {
    const [whole, split] = [together.documents.get(key), merged.get(key)];
    if (isDeepStrictEqual(whole, split?.document)) continue;
    const writers = [...(together.writers.get(key) ?? [])].join(', ') || 'none';
    problems.push(
      `${name}: document "${key}" differs. Replayed together (written by ${writers}): ${show(whole)}; ` +
        `stream by stream (made by ${split?.streamId ?? 'none'}): ${show(split?.document)}`,
    );
  }
  return { documents: together.documents.size, problems };
}

interface Replayed {
  documents: Map<string, unknown>;
  /** The streams whose events wrote (put or deleted) each key. */
  writers: Map<string, Set<string>>;
}

/** `events` in their order through a fresh projection into a fresh in-memory store, upcast as the runner does. */
function replay(make: () => Projection, events: readonly StoredEvent[], upcasters: UpcasterRegistry): Replayed {
  const projection = make();
  const store = new ProjectionStore(':memory:');
  try {
    const batch = store.batch();
    const writers = new Map<string, Set<string>>();
    const writer = batch.writer(projection.name);
    for (const event of events) projection.apply(upcasters.upcastStored(event), recording(writer, event.streamId, writers));
    batch.commit();
    const documents = new Map([...store.documentTexts(projection.name)].map(([key, text]) => [key, JSON.parse(text) as unknown]));
    return { documents, writers };
  } finally {
    store.close();
  }
}

function recording(writer: DocumentWriter, streamId: string, writers: Map<string, Set<string>>): DocumentWriter {
  const note = (key: string) => writers.set(key, (writers.get(key) ?? new Set()).add(streamId));
  return {
    get: (key) => writer.get(key),
    put: (key, document) => (note(key), writer.put(key, document)),
    delete: (key) => (note(key), writer.delete(key)),
  };
}

/** Each stream's documents in one map; a key two streams made is a problem. */
function merge(name: string, alone: ReadonlyArray<{ streamId: string } & Replayed>) {
  const merged = new Map<string, { streamId: string; document: unknown }>();
  const problems: string[] = [];
  for (const { streamId, documents } of alone) {
    for (const [key, document] of documents) {
      const earlier = merged.get(key);
      if (earlier) problems.push(`${name}: document "${key}" is made by two streams, ${earlier.streamId} and ${streamId}`);
      else merged.set(key, { streamId, document });
    }
  }
  return { merged, problems };
}

function groupByStream(log: readonly StoredEvent[]): Map<string, StoredEvent[]> {
  const streams = new Map<string, StoredEvent[]>();
  for (const event of log) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
  return streams;
}

const show = (document: unknown) => (document === undefined ? 'absent' : JSON.stringify(document));
