import { ENGINE_STREAM_PREFIXES } from '../../src/engine/manifests';
import { verifyChains } from '../../src/audit/chain-verifier';
import { chain } from '../../src/audit/hash-chain';
import { EventStore, NewEvent, ReadAllOptions, StoredEvent } from '../../src/event-store/event-store.port';
import { comparePositions, toPosition } from '../../src/kernel/position';
import { newEvent } from '../support/events';

/** A shared log, as EventStoreDB's `$all` holds it: positions in order, not dense. */
class SharedLog {
  readonly events: StoredEvent[] = [];

  add(streamId: string, events: NewEvent[], firstRevision = 0): void {
    events.forEach((event, i) =>
      this.events.push({
        eventId: `${streamId}-${firstRevision + i}`,
        streamId,
        revision: firstRevision + i,
        position: toPosition(10 * (this.events.length + 1) + 7),
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        recordedAt: '2025-09-22T10:00:00.000Z',
      }),
    );
  }

  chained(streamId: string, count: number): void {
    this.add(
      streamId,
      chain(
        streamId,
        Array.from({ length: count }, () => newEvent()),
        -1,
        null,
      ),
    );
  }

  get store(): EventStore {
    const readAll = ({ fromPosition, maxCount = Infinity }: ReadAllOptions = {}) =>
      Promise.resolve(
        this.events.filter((e) => fromPosition === undefined || comparePositions(e.position, fromPosition) > 0).slice(0, maxCount),
      );
    return { readAll } as unknown as EventStore;
  }
}

describe('verifying the engine streams of a shared log', () => {
  it("knows the engine's stream prefixes", () => {
    expect(ENGINE_STREAM_PREFIXES).toEqual(['meeting-', 'list-', 'arrangements-', 'speakers-', 'member-state-', 'personal-data-']);
  });

  it("checks the engine's streams, skips $ streams and counts other streams' events apart", async () => {
    const log = new SharedLog();
    log.chained('meeting-m1', 2);
    log.add('test-5d7c', [newEvent(), newEvent()]); // a contract-test leftover: no chain
    log.add('$projections-$all', [newEvent()]);
    log.chained('list-m1.l1', 3);
    log.add('orders-17', [newEvent()], 40); // another application's stream, truncated before revision 40
    log.chained('speakers-m1.s1', 1);
    const report = await verifyChains(log.store, { streamPrefixes: ENGINE_STREAM_PREFIXES });
    expect(report).toEqual({ ok: true, eventsChecked: 6, foreignEvents: 3 });
  });

  it('still reports a broken engine stream, with the foreign count so far', async () => {
    const log = new SharedLog();
    log.add('other-app', [newEvent()]);
    log.chained('arrangements-m1', 2);
    log.events[2].data = { tampered: true };
    const report = await verifyChains(log.store, { streamPrefixes: ENGINE_STREAM_PREFIXES });
    expect(report).toMatchObject({
      ok: false,
      eventsChecked: 2,
      foreignEvents: 1,
      firstBroken: { streamId: 'arrangements-m1', revision: 1, reason: 'hash mismatch' },
    });
  });

  it('without prefixes checks every stream, as on the embedded store', async () => {
    const log = new SharedLog();
    log.chained('meeting-m1', 1);
    log.add('test-5d7c', [newEvent()]);
    expect(await verifyChains(log.store)).toMatchObject({ ok: false, firstBroken: { streamId: 'test-5d7c', reason: 'missing hash' } });
  });
});
