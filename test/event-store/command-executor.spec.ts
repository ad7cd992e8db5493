import { jest } from '@jest/globals';
import { ConcurrencyError } from '../../src/event-store/concurrency.error';
import { toPosition } from '../../src/kernel/position';
import { DomainError } from '../../src/kernel/domain-error';
import { uniqueStream } from '../support/events';
import {
  SCHEMA_VERSION,
  counter,
  ACTOR,
  increment,
  peek,
  context,
  value,
  range,
  store,
  executor,
  competingIncrement,
  eventCount,
  useEmbeddedStore,
} from './command-executor.fixtures';

describe('CommandExecutor on the embedded store', () => {
  useEmbeddedStore();

  describe('what gets written', () => {
    it('stamps every event with the context ids, the command actor and time, and the event schema version', async () => {
      const stream = uniqueStream('counter');
      const result = await executor().execute(stream, counter, increment(), {
        correlationId: 'req-42',
        causationId: 'cmd-42',
      });

      const [stored] = await store.readStream(stream);
      expect(stored).toMatchObject({ streamId: stream, revision: 0, position: result.position, type: 'Incremented' });
      expect(stored.data).toEqual({ value: 1 });
      expect(stored.metadata).toEqual({
        correlationId: 'req-42',
        causationId: 'cmd-42',
        actor: ACTOR,
        occurredAt: '2013-09-24T10:15:30.250Z',
        schemaVersion: SCHEMA_VERSION,
        command: { kind: 'Increment' },
      });
      expect(result).toEqual({
        position: stored.position,
        revision: 0,
        events: [{ type: 'Incremented', schemaVersion: SCHEMA_VERSION, data: { value: 1 } }],
      });
    });

    it("appends the first event with 'no-stream' and later ones with the exact revision", async () => {
      const stream = uniqueStream('counter');
      const append = jest.spyOn(store, 'append');
      const subject = executor();
      for (let i = 0; i < 4; i += 1) await subject.execute(stream, counter, increment(), context(i));

      const ours = append.mock.calls.filter(([streamId]) => streamId === stream);
      expect(ours.map(([, , expected]) => expected)).toEqual(['no-stream', 0, 1, 2]);
      expect(ours.every(([, events]) => events.length === 1)).toBe(true);
      expect((await store.readStream(stream)).map(value)).toEqual([1, 2, 3, 4]);
    });

    it('stores nothing when decide throws a DomainError, and passes the error on unchanged', async () => {
      const stream = uniqueStream('counter');
      const subject = executor();
      await subject.execute(stream, counter, increment(1), context());
      const before = await eventCount();
      const append = jest.spyOn(store, 'append');

      const error = await subject.execute(stream, counter, increment(1), context(1)).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'INVALID_STATE', message: 'The counter is already at its limit of 1.' });
      expect(append).not.toHaveBeenCalled();
      expect(await eventCount()).toBe(before);
      expect((await store.readStream(stream)).map(value)).toEqual([1]);
    });

    it("writes nothing for a decision without events and returns the stream's last position and revision", async () => {
      const stream = uniqueStream('counter');
      const subject = executor();
      await subject.execute(stream, counter, increment(), context(0));
      const last = await subject.execute(stream, counter, increment(), context(1));
      const before = await eventCount();
      const append = jest.spyOn(store, 'append');

      const result = await subject.execute(stream, counter, peek(), context(2));

      expect(result).toEqual({ position: last.position, revision: 1, events: [] });
      // Another writer moves the stream on: the next empty decision reports its new end.
      append.mockClear();
      const theirs = await competingIncrement(stream);
      expect(await subject.execute(stream, counter, peek(), context(3))).toEqual({ position: theirs.position, revision: 2, events: [] });
      // A cold executor (nothing cached) reports the same.
      expect(await executor().execute(stream, counter, peek(), context(4))).toEqual({ position: theirs.position, revision: 2, events: [] });
      expect(append).not.toHaveBeenCalled();
      expect(await eventCount()).toBe(before + 1);
    });

    it('on an empty stream, a decision without events writes nothing and reports position "0", revision -1', async () => {
      const stream = uniqueStream('empty');
      const append = jest.spyOn(store, 'append');
      const result = await executor().execute(stream, counter, peek(), context());
      expect(result).toEqual({ position: toPosition(0), revision: -1, events: [] });
      expect(append).not.toHaveBeenCalled();
      expect(await store.readStream(stream)).toEqual([]);
    });
  });

  describe('optimistic concurrency', () => {
    it('retries a conflict on fresh state: competing events appended between read and write are folded in', async () => {
      const stream = uniqueStream('contested');
      const subject = executor(5);
      await subject.execute(stream, counter, increment(), context(0));

      // After each of the executor's next two reads, another process appends behind its back.
      const read = store.readStream.bind(store);
      let competitors = 2;
      const readStream = jest.spyOn(store, 'readStream').mockImplementation(async (streamId, options) => {
        const events = await read(streamId, options);
        if (streamId === stream && competitors > 0) {
          competitors -= 1;
          await competingIncrement(stream);
        }
        return events;
      });
      const append = jest.spyOn(store, 'append');

      const result = await subject.execute(stream, counter, increment(), context(1));

      // Each attempt read only what it had not seen yet, and expected the revision it had just read.
      expect(readStream.mock.calls.filter(([id]) => id === stream).map(([, options]) => options?.fromRevision)).toEqual([1, 1, 2]);
      expect(append.mock.calls.map(([, , expected]) => expected)).toEqual([0, 1, 2]);
      const events = await store.readStream(stream);
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3]);
      expect(events.map(value)).toEqual([1, 2, 3, 4]);
      expect(events.map((e) => e.metadata.actor.subject)).toEqual(['pga-officer-7', 'competitor', 'competitor', 'pga-officer-7']);
      expect(result).toMatchObject({ revision: 3, position: events[3].position, events: [{ data: { value: 4 } }] });
    });

    it('retries a ConcurrencyError from the store the configured number of times, then succeeds', async () => {
      const stream = uniqueStream('flaky');
      const subject = executor(3);
      await subject.execute(stream, counter, increment(), context(0));
      const append = jest.spyOn(store, 'append');
      for (let i = 0; i < 3; i += 1) {
        append.mockImplementationOnce((streamId, _events, expected) => Promise.reject(new ConcurrencyError(streamId, expected, 7)));
      }

      const result = await subject.execute(stream, counter, increment(), context(1));

      expect(append).toHaveBeenCalledTimes(4);
      expect(append.mock.calls.map(([, , expected]) => expected)).toEqual([0, 0, 0, 0]);
      expect(result).toMatchObject({ revision: 1, events: [{ data: { value: 2 } }] });
      expect((await store.readStream(stream)).map(value)).toEqual([1, 2]);
    });

    it('after `retries` retries, throws CONCURRENCY_CONFLICT naming the stream, and stores nothing of its own', async () => {
      const stream = uniqueStream('hopeless');
      const retries = 3;
      const subject = executor(retries);
      await subject.execute(stream, counter, increment(), context(0));
      const before = await eventCount();

      const read = store.readStream.bind(store);
      jest.spyOn(store, 'readStream').mockImplementation(async (streamId, options) => {
        const events = await read(streamId, options);
        if (streamId === stream) await competingIncrement(stream);
        return events;
      });
      const append = jest.spyOn(store, 'append');

      const error = await subject.execute(stream, counter, increment(), context(1)).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'CONCURRENCY_CONFLICT', details: { streamId: stream, attempts: retries + 1 } });
      expect((error as DomainError).message).toContain(stream);
      expect(append).toHaveBeenCalledTimes(retries + 1);
      jest.restoreAllMocks();
      const events = await store.readStream(stream);
      // The executor's first event, then one competitor per attempt, and nothing else.
      expect(events.map((e) => e.metadata.actor.subject)).toEqual(['pga-officer-7', ...Array(retries + 1).fill('competitor')]);
      expect(events.map(value)).toEqual(range(1, retries + 2));
      expect(await eventCount()).toBe(before + retries + 1);
    });

    it('with retries 0, a single conflict is reported at once', async () => {
      const stream = uniqueStream('no-retry');
      const subject = executor(0);
      await subject.execute(stream, counter, increment(), context(0));
      const append = jest
        .spyOn(store, 'append')
        .mockImplementationOnce((streamId, _events, expected) => Promise.reject(new ConcurrencyError(streamId, expected, 1)));
      await expect(subject.execute(stream, counter, increment(), context(1))).rejects.toMatchObject({
        code: 'CONCURRENCY_CONFLICT',
        details: { streamId: stream, attempts: 1 },
      });
      expect(append).toHaveBeenCalledTimes(1);
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    it('does not retry other store errors', async () => {
      const stream = uniqueStream('broken');
      const subject = executor(5);
      const append = jest.spyOn(store, 'append').mockImplementationOnce(() => Promise.reject(new Error('disk I/O error')));
      await expect(subject.execute(stream, counter, increment(), context())).rejects.toThrow('disk I/O error');
      expect(append).toHaveBeenCalledTimes(1);
      expect(await store.readStream(stream)).toEqual([]);
    });
  });
});
