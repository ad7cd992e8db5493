import { toDomainEvent } from '../../src/event-store/commands/command-executor';
import { StoredEvent } from '../../src/event-store/event-store.port';
import { toPosition } from '../../src/kernel/position';
import { Projection } from '../../src/kernel/projection';
import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { UnknownEventTypeError, UnsupportedSchemaVersionError, UpcasterRegistry } from '../../src/event-store/upcasting/upcaster-registry';
import { captureNestLogs } from '../support/captured-logs';
import { metadata } from '../support/events';
import { engineUpcasters } from '../../src/engine/engine-upcasters';

// A made-up event with a history: v1 → v2 renames `delegate` to `name`; v2 → v3 adds `level`.
const HISTORY = {
  current: { DelegateAccredited: 3, Unchanged: 1 },
  upcasters: {
    DelegateAccredited: {
      1: ({ delegate, ...rest }: { delegate: string; state: string }) => ({ ...rest, name: delegate }),
      2: (data: { name: string; state: string; level?: string }) => ({ level: 'head-of-delegation', ...data }),
    },
  },
};
const registry = () => new UpcasterRegistry(HISTORY.current, HISTORY.upcasters);
const V3 = { name: 'Marie Dupont', state: 'FRA', level: 'head-of-delegation' };

function stored(type: string, schemaVersion: number, data: unknown): StoredEvent {
  return {
    eventId: '0b8f6a8e-1c7d-4b59-9f0e-2a4c6d8e0f12',
    streamId: 'delegates-trafficking-2013',
    revision: 0,
    position: toPosition(1),
    type,
    data,
    metadata: metadata({ schemaVersion }),
    recordedAt: '2013-04-26T22:00:00.000Z',
  };
}

describe('UpcasterRegistry', () => {
  it('chains v1 → v2 → v3: the rename, then the field added with its default', () => {
    const v1 = { type: 'DelegateAccredited', schemaVersion: 1, data: { delegate: 'Marie Dupont', state: 'FRA' } };
    expect(registry().upcast(v1)).toEqual({ type: 'DelegateAccredited', schemaVersion: 3, data: V3 });
  });

  it('starts the chain at the stored version, and leaves a current event as it is', () => {
    const v2 = { type: 'DelegateAccredited', schemaVersion: 2, data: { name: 'Marie Dupont', state: 'FRA', level: 'minister' } };
    expect(registry().upcast(v2).data).toEqual({ name: 'Marie Dupont', state: 'FRA', level: 'minister' });
    expect(registry().upcast({ type: 'DelegateAccredited', schemaVersion: 3, data: V3 })).toEqual({
      type: 'DelegateAccredited',
      schemaVersion: 3,
      data: V3,
    });
  });

  it('refuses an unknown type with an error that names it', () => {
    const unknown = () => registry().upcast({ type: 'Mystery', schemaVersion: 1, data: {} });
    expect(unknown).toThrow(UnknownEventTypeError);
    expect(unknown).toThrow(/"Mystery"/);
  });

  it('refuses a version newer than the current one, and one that is not a version at all', () => {
    const newer = () => registry().upcast({ type: 'DelegateAccredited', schemaVersion: 4, data: {} });
    expect(newer).toThrow(UnsupportedSchemaVersionError);
    expect(newer).toThrow(
      'Event type "DelegateAccredited" at schema version 4 cannot be read: this engine reads versions 1 to 3 (it was written by a newer engine).',
    );
    for (const version of [0, -1, 1.5, Number.NaN]) {
      expect(() => registry().upcast({ type: 'DelegateAccredited', schemaVersion: version, data: {} })).toThrow(
        UnsupportedSchemaVersionError,
      );
    }
  });

  it('refuses to be built with a gap in a chain, a stray upcaster or a bad current version', () => {
    expect(() => new UpcasterRegistry({ A: 3 }, { A: { 1: (d) => d } })).toThrow('Event type "A" has no upcaster from version 2 to 3.');
    expect(() => new UpcasterRegistry({ A: 2 }, { A: { 1: (d) => d, 2: (d) => d } })).toThrow(
      /at version 2 but has an upcaster from version 2/,
    );
    expect(() => new UpcasterRegistry({}, { A: { 1: (d) => d } })).toThrow(/"A", which has no current version/);
    expect(() => new UpcasterRegistry({ A: 0 })).toThrow(/not a positive integer/);
  });

  it('upcasts a stored event with its metadata.schemaVersion, and hands back the same object when nothing changes', () => {
    const old = stored('DelegateAccredited', 1, { delegate: 'Marie Dupont', state: 'FRA' });
    const upcast = registry().upcastStored(old);
    expect(upcast).toEqual({ ...old, data: V3, metadata: { ...old.metadata, schemaVersion: 3 } });
    expect(old.data).toEqual({ delegate: 'Marie Dupont', state: 'FRA' }); // the stored event is not touched
    const current = stored('DelegateAccredited', 3, V3);
    expect(registry().upcastStored(current)).toBe(current);
    const foreign = stored('SomethingElse', 7, { n: 1 });
    expect(registry().upcastStored(foreign)).toBe(foreign); // another writer's type passes unchanged
    expect(() => registry().upcastStored(stored('DelegateAccredited', 4, {}))).toThrow(UnsupportedSchemaVersionError);
  });
});

describe('Upcasting where stored events enter the engine', () => {
  it("toDomainEvent: a known type at a newer version than the engine reads is refused; other writers' types pass", () => {
    expect(() => toDomainEvent(stored('MeetingCreated', 2, {}), engineUpcasters)).toThrow(UnsupportedSchemaVersionError);
    expect(toDomainEvent(stored('Incremented', 3, { value: 1 }), engineUpcasters)).toEqual({
      type: 'Incremented',
      schemaVersion: 3,
      data: { value: 1 },
    });
  });

  it('ProjectionRunner: projections are handed the current shape and version; a newer version stops the runner', async () => {
    const logs = captureNestLogs();
    const store = new SqliteEventStore({ path: ':memory:', pollIntervalMs: 20 });
    const documents = new ProjectionStore(':memory:');
    const seen: StoredEvent[] = [];
    const projection: Projection = { name: 'delegates', version: 1, apply: (event) => void seen.push(event) };
    const runner = new ProjectionRunner(store, documents, registry());
    runner.register(projection);
    try {
      await store.append(
        'delegates-1',
        [{ type: 'DelegateAccredited', data: { delegate: 'Marie Dupont', state: 'FRA' }, metadata: metadata() }],
        'no-stream',
      );
      await runner.start();
      expect(seen.map((e) => [e.type, e.metadata.schemaVersion, e.data])).toEqual([['DelegateAccredited', 3, V3]]);
      expect((await store.readStream('delegates-1'))[0].data).toEqual({ delegate: 'Marie Dupont', state: 'FRA' }); // the log keeps v1

      const newer = await store.append(
        'delegates-2',
        [{ type: 'DelegateAccredited', data: {}, metadata: metadata({ schemaVersion: 4 }) }],
        'no-stream',
      );
      await expect(runner.waitFor(newer.position, 10_000)).rejects.toThrow(UnsupportedSchemaVersionError);
      expect(seen).toHaveLength(1);
    } finally {
      await runner.stop();
      await store.close();
      documents.close();
      logs.restore();
    }
  });
});
