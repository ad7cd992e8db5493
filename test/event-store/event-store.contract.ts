import { ConcurrencyError } from '../../src/event-store/concurrency.error';
import { EventStore, Position, StoredEvent } from '../../src/event-store/event-store.port';
import { comparePositions } from '../../src/kernel/position';
import { newEvent, uniqueStream as newStream } from '../support/events';

export interface StoreUnderTest {
  store: EventStore;
  /** Closes the store and removes whatever it wrote. */
  dispose(): Promise<void>;
  /** Another connection to the same log, closed by the test that asks for it. */
  reopen?(): EventStore;
}

export interface ContractOptions {
  /** Metadata keys the store adds to every event (a decorator's, e.g. the hash chain's); all others must come back as appended. */
  addedMetadataKeys?: string[];
  /** Written before every stream name: a server shared with other runs gets one prefix per run. */
  streamPrefix?: string;
}

/**
 * The behaviour every EventStore adapter must show, run once per adapter. Every stream it writes
 * starts with `options.streamPrefix` (a server shared with other runs: one prefix per run).
 */
export function describeEventStoreContract(name: string, open: () => Promise<StoreUnderTest>, options: ContractOptions = {}): void {
  const added = options.addedMetadataKeys ?? [];
  const uniqueStream = (kind?: string) => newStream(`${options.streamPrefix ?? ''}${kind ?? 'test'}`);

  describe(`EventStore contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: EventStore;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(() => subject.dispose());

    describe('round trip', () => {
      it('returns data and metadata exactly as appended, with ids, revisions and positions', async () => {
        const stream = uniqueStream();
        const event = newEvent('OrganizationProposed', {
          name: 'Ассоциация «Ла Страда» — 拐卖 ✊🏽',
          nested: { list: [1, 2.5, null, true], empty: {} },
        });
        const result = await store.append(stream, [event], 'no-stream');
        const [stored] = await store.readStream(stream);
        expect(stored).toMatchObject({
          eventId: event.eventId,
          streamId: stream,
          revision: 0,
          position: result.position,
          type: 'OrganizationProposed',
        });
        expect(stored.data).toEqual(event.data);
        const { own, extra } = splitMetadata(stored, added);
        expect(own).toEqual(event.metadata);
        expect(Object.keys(extra).sort()).toEqual([...added].sort());
        expect(new Date(stored.recordedAt).toISOString()).toBe(stored.recordedAt);
        expect(result.nextExpectedRevision).toBe(0);
      });

      it('stores a 1 MB event whole', async () => {
        const stream = uniqueStream();
        const big = 'é'.repeat(512 * 1024);
        await store.append(stream, [newEvent('BigThing', { big })], 'no-stream');
        const [stored] = await store.readStream(stream);
        expect((stored.data as { big: string }).big).toBe(big);
      });

      it('generates an event id when none is given', async () => {
        const stream = uniqueStream();
        const { eventId: _omitted, ...rest } = newEvent();
        await store.append(stream, [rest], 'no-stream');
        const [stored] = await store.readStream(stream);
        expect(stored.eventId).toMatch(/^[0-9a-f-]{36}$/);
      });
    });

    describe('revision rules', () => {
      it('no-stream: accepts a new stream, refuses an existing one naming stream, expected and actual', async () => {
        const stream = uniqueStream();
        await store.append(stream, [newEvent()], 'no-stream');
        const error = await store.append(stream, [newEvent()], 'no-stream').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ streamId: stream, expected: 'no-stream', actual: 0 });
      });

      it('exact revision: accepts a match, refuses a mismatch', async () => {
        const stream = uniqueStream();
        await store.append(stream, [newEvent(), newEvent()], 'no-stream');
        const ok = await store.append(stream, [newEvent()], 1);
        expect(ok.nextExpectedRevision).toBe(2);
        const error = await store.append(stream, [newEvent()], 1).catch((e: unknown) => e);
        expect(error).toMatchObject({ streamId: stream, expected: 1, actual: 2 });
      });

      it('exact revision on a missing stream is refused with actual no-stream', async () => {
        const stream = uniqueStream();
        const error = await store.append(stream, [newEvent()], 0).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ streamId: stream, expected: 0, actual: 'no-stream' });
        expect(await store.readStream(stream)).toEqual([]);
      });

      it('any: appends whatever the revision', async () => {
        const stream = uniqueStream();
        await store.append(stream, [newEvent()], 'any');
        const result = await store.append(stream, [newEvent()], 'any');
        expect(result.nextExpectedRevision).toBe(1);
      });

      it('stores all events of a refused append or none', async () => {
        const stream = uniqueStream();
        await store.append(stream, [newEvent()], 'no-stream');
        await expect(store.append(stream, [newEvent(), newEvent(), newEvent()], 5)).rejects.toBeInstanceOf(ConcurrencyError);
        expect(await store.readStream(stream)).toHaveLength(1);
      });
    });

    describe('concurrent appends to one stream', () => {
      it('lets exactly one append win per revision; the rest get the concurrency error', async () => {
        const stream = uniqueStream();
        await store.append(stream, [newEvent()], 'no-stream');
        for (let revision = 0; revision < 5; revision += 1) {
          const attempts = Array.from({ length: 20 }, () => store.append(stream, [newEvent()], revision));
          const outcomes = await Promise.allSettled(attempts);
          const won = outcomes.filter((o) => o.status === 'fulfilled');
          const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(19);
          lost.forEach((o) => expect(o.reason).toBeInstanceOf(ConcurrencyError));
        }
        const events = await store.readStream(stream);
        expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
      });
    });

    describe('reading', () => {
      it('reads a missing stream as empty', async () => {
        expect(await store.readStream(uniqueStream('missing'))).toEqual([]);
      });

      it('reads a stream from a revision, backwards, and with a maximum count', async () => {
        const stream = uniqueStream();
        await store.append(
          stream,
          [0, 1, 2, 3, 4].map((n) => newEvent('N', { n })),
          'no-stream',
        );
        const revisions = (events: StoredEvent[]) => events.map((e) => e.revision);
        expect(revisions(await store.readStream(stream, { fromRevision: 2 }))).toEqual([2, 3, 4]);
        expect(revisions(await store.readStream(stream, { direction: 'backwards' }))).toEqual([4, 3, 2, 1, 0]);
        expect(revisions(await store.readStream(stream, { direction: 'backwards', fromRevision: 3, maxCount: 2 }))).toEqual([3, 2]);
        expect(revisions(await store.readStream(stream, { maxCount: 2 }))).toEqual([0, 1]);
      });

      it('reads every stream in global commit order, strictly after a position', async () => {
        const [a, b] = [uniqueStream('a'), uniqueStream('b')];
        const start = await store.append(uniqueStream('start'), [newEvent()], 'no-stream');
        await store.append(a, [newEvent('A', { i: 0 })], 'no-stream');
        await store.append(b, [newEvent('B', { i: 1 }), newEvent('B', { i: 2 })], 'no-stream');
        await store.append(a, [newEvent('A', { i: 3 })], 0);
        const ours = (await readAllAfter(store, start.position)).filter((e) => e.streamId === a || e.streamId === b);
        expect(ours.map((e) => (e.data as { i: number }).i)).toEqual([0, 1, 2, 3]);
        expectIncreasing(ours.map((e) => e.position));
        const page = await store.readAll({ fromPosition: start.position, maxCount: 2 });
        expect(page).toHaveLength(2);
        expect(comparePositions(page[0].position, start.position)).toBeGreaterThan(0);
      });

      it('reads the events at given positions in the order asked, leaving out a position that holds none', async () => {
        const stream = uniqueStream('at');
        await store.append(stream, [newEvent('A', { i: 0 }), newEvent('A', { i: 1 }), newEvent('A', { i: 2 })], 'no-stream');
        const events = await store.readStream(stream);
        const beyond = (BigInt(events[2].position) + 10n ** 12n).toString() as Position;
        const read = await store.readPositions!([events[2].position, beyond, events[0].position]);
        expect(read).toEqual([events[2], events[0]]);
        expect(await store.readPositions!([])).toEqual([]);
      });
    });

    describe('identity and last position', () => {
      it('has one identity, the same on every call and through every connection', async () => {
        const identity = await store.identity();
        expect(identity).toMatch(/\S/);
        expect(await store.identity()).toBe(identity);
        if (!subject.reopen) return;
        const other = subject.reopen();
        try {
          expect(await other.identity()).toBe(identity);
        } finally {
          await other.close();
        }
      });

      it("has no last position while the log is empty, and the last append's position after it", async () => {
        const empty = (await store.readAll({ maxCount: 1 })).length === 0;
        if (empty) expect(await store.lastPosition()).toBeUndefined();
        await store.append(uniqueStream(), [newEvent()], 'no-stream');
        const last = await store.append(uniqueStream(), [newEvent(), newEvent()], 'no-stream');
        expect(await store.lastPosition()).toBe(last.position);
        expect(await store.readAll({ fromPosition: last.position, maxCount: 1 })).toEqual([]);
      });
    });

    describe('subscription', () => {
      it('catches up, goes live, and resumes after a checkpoint with nothing skipped or repeated', async () => {
        const stream = uniqueStream('sub');
        const start = await store.append(uniqueStream('start'), [newEvent()], 'no-stream');
        await store.append(
          stream,
          [0, 1, 2].map((n) => newEvent('N', { n })),
          'no-stream',
        );

        const first = collect(store, start.position, stream);
        await first.caughtUp;
        await store.append(
          stream,
          [3, 4].map((n) => newEvent('N', { n })),
          2,
        );
        await first.until(5);
        await first.subscription.stop();
        const checkpoint = first.events[2].position;

        await store.append(
          stream,
          [5].map((n) => newEvent('N', { n })),
          4,
        );
        const resumed = collect(store, checkpoint, stream);
        await resumed.until(3);
        await resumed.subscription.stop();

        expect(first.events.map(n)).toEqual([0, 1, 2, 3, 4]);
        expect(resumed.events.map(n)).toEqual([3, 4, 5]);
        expectIncreasing(first.events.map((e) => e.position));
      });
    });
  });
}

/** The stored metadata, split into what was appended (`own`) and the keys the store adds (`extra`). */
function splitMetadata(stored: StoredEvent, addedKeys: string[]) {
  const entries = Object.entries(stored.metadata);
  const own = Object.fromEntries(entries.filter(([key]) => !addedKeys.includes(key)));
  const extra = Object.fromEntries(entries.filter(([key]) => addedKeys.includes(key)));
  return { own, extra };
}

const n = (e: StoredEvent) => (e.data as { n: number }).n;

function expectIncreasing(positions: Position[]): void {
  positions.slice(1).forEach((p, i) => expect(comparePositions(positions[i], p)).toBeLessThan(0));
}

async function readAllAfter(store: EventStore, from: Position): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let after = from;
  for (;;) {
    const page = await store.readAll({ fromPosition: after, maxCount: 500 });
    if (page.length === 0) return events;
    events.push(...page);
    after = page[page.length - 1].position;
  }
}

function collect(store: EventStore, from: Position, stream: string) {
  const events: StoredEvent[] = [];
  const waiters: Array<() => void> = [];
  let markCaughtUp!: () => void;
  const caughtUp = new Promise<void>((resolve) => (markCaughtUp = resolve));
  const subscription = store.subscribe(
    from,
    (event) => {
      if (event.streamId !== stream) return;
      events.push(event);
      waiters.splice(0).forEach((wake) => wake());
    },
    { onCaughtUp: markCaughtUp },
  );
  const until = async (count: number) => {
    while (events.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { events, subscription, caughtUp, until };
}
