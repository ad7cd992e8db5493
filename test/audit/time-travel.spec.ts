import { jest } from '@jest/globals';
import { meetingStream } from '../../src/accreditation/domain/meeting.events';
import { MeetingReader } from '../../src/accreditation/projections/meeting.reader';
import { MeetingsProjection } from '../../src/accreditation/projections/meetings.projection';
import { TimeTravel } from '../../src/event-store/projections/time-travel';
import { StoredEvent } from '../../src/event-store/event-store.port';
import { DocumentWriter, Projection } from '../../src/kernel/projection';
import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { toPosition } from '../../src/kernel/position';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { UnsupportedSchemaVersionError } from '../../src/event-store/upcasting/upcaster-registry';
import { ApiError } from '../../src/platform/http/api-error';
import { captureNestLogs } from '../support/captured-logs';
import { metadata } from '../support/events';
import { engineUpcasters } from '../../src/engine/engine-upcasters';

/** Records, in one document, the events it was handed: stream, revision and position. */
class TraceProjection implements Projection {
  readonly name = 'trace';
  readonly version = 1;

  apply(event: StoredEvent, documents: DocumentWriter): void {
    const trace = documents.get<string[]>('trace') ?? [];
    documents.put('trace', [...trace, `${event.streamId}#${event.revision}@${event.position}`]);
  }
}

const at = (iso: string) => new Date(iso);

describe('TimeTravel', () => {
  let now: Date;
  let store: SqliteEventStore;
  let runner: ProjectionRunner;
  let live: ProjectionStore;
  let travel: TimeTravel;

  beforeEach(() => {
    now = at('2013-04-01T12:00:00Z');
    store = new SqliteEventStore({ path: ':memory:', now: () => now });
    live = new ProjectionStore(':memory:');
    runner = new ProjectionRunner(store, live, engineUpcasters);
    runner.register(new MeetingsProjection());
    runner.register(new TraceProjection());
    travel = new TimeTravel(store, runner);
  });
  afterEach(async () => {
    await store.close();
    live.close();
  });

  /** Appends one event to `stream` with the store's clock at `recordedAt`. */
  async function append(stream: string, recordedAt: string, type = 'Noted', data: unknown = {}, schemaVersion = 1) {
    now = at(recordedAt);
    await store.append(stream, [{ type, data, metadata: metadata({ schemaVersion }) }], 'any');
  }

  const trace = async (instant: string, streams: string[]) =>
    travel.readAsOf(at(instant), streams, (documents) => documents.get<string[]>('trace', 'trace') ?? []);

  it('applies the events of the given streams recorded up to the instant (inclusive), in global order', async () => {
    await append('a', '2013-04-01T12:00:00Z');
    await append('b', '2013-04-02T12:00:00Z');
    await append('other', '2013-04-02T13:00:00Z');
    await append('a', '2013-04-03T12:00:00Z');
    await append('b', '2013-04-04T12:00:00Z');

    expect(await trace('2013-04-03T12:00:00Z', ['b', 'a'])).toEqual(['a#0@1', 'b#0@2', 'a#1@4']);
    expect(await trace('2013-04-03T11:59:59.999Z', ['a', 'b', 'a'])).toEqual(['a#0@1', 'b#0@2']);
    expect(await trace('2013-03-31T00:00:00Z', ['a', 'b'])).toEqual([]);
    expect(await trace('2013-05-01T00:00:00Z', ['a', 'b', 'missing'])).toEqual(['a#0@1', 'b#0@2', 'a#1@4', 'b#1@5']);
  });

  it('takes the log up to the first event recorded after the instant, when the store clock went backwards', async () => {
    await append('a', '2013-04-01T12:00:00Z');
    await append('b', '2013-04-01T12:10:00Z');
    // The server's clock stepped back: this event is committed after b but stamped before it.
    await append('a', '2013-04-01T12:05:00Z');
    await append('b', '2013-04-01T12:20:00Z');

    expect(await trace('2013-04-01T12:06:00Z', ['a', 'b'])).toEqual(['a#0@1']);
    expect(await trace('2013-04-01T12:10:00Z', ['a', 'b'])).toEqual(['a#0@1', 'b#0@2', 'a#1@3']);
    expect(await trace('2013-04-01T12:20:00Z', ['a', 'b'])).toEqual(['a#0@1', 'b#0@2', 'a#1@3', 'b#1@4']);
  });

  const traceAt = async (position: string, streams: string[]) =>
    travel.readAsOf(toPosition(position), streams, (documents) => documents.get<string[]>('trace', 'trace') ?? []);

  it('by position: applies the events of the given streams up to and including that position, in global order', async () => {
    await append('meeting-a', '2013-04-01T12:00:00Z');
    await append('list-a', '2013-04-02T12:00:00Z');
    await append('meeting-b', '2013-04-02T13:00:00Z');
    await append('meeting-a', '2013-04-03T12:00:00Z');
    await append('list-a', '2013-04-04T12:00:00Z');
    const streams = ['list-a', 'meeting-a'];

    expect(await traceAt('4', streams)).toEqual(['meeting-a#0@1', 'list-a#0@2', 'meeting-a#1@4']);
    expect(await traceAt('2', streams)).toEqual(['meeting-a#0@1', 'list-a#0@2']);
    expect(await traceAt('1', streams)).toEqual(['meeting-a#0@1']);
    expect(await traceAt('0', streams)).toEqual([]);
  });

  it("by position: the event of another meeting's stream at that position counts only as a point of the log", async () => {
    await append('meeting-a', '2013-04-01T12:00:00Z');
    await append('meeting-b', '2013-04-02T12:00:00Z');
    await append('meeting-a', '2013-04-03T12:00:00Z');

    expect(await traceAt('2', ['meeting-a'])).toEqual(['meeting-a#0@1']);
    expect(await traceAt('2', ['meeting-b'])).toEqual(['meeting-b#0@2']);
    expect(await traceAt('3', ['meeting-a'])).toEqual(['meeting-a#0@1', 'meeting-a#1@3']);
  });

  it("by position: ignores the store's clock, and a position beyond the log's end gives every event (the view now)", async () => {
    await append('a', '2013-04-01T12:10:00Z');
    await append('a', '2013-04-01T12:05:00Z');
    expect(await traceAt('1', ['a'])).toEqual(['a#0@1']);
    expect(await traceAt('2', ['a'])).toEqual(['a#0@1', 'a#1@2']);
    expect(await traceAt('123456789012345678901234567890', ['a'])).toEqual(['a#0@1', 'a#1@2']);
  });

  it('viewAsOf stamps the view with the point it is as of: the instant in UTC, or the position', async () => {
    await append('a', '2013-04-01T12:00:00Z');
    const read = (documents: ProjectionStore) => ({ trace: documents.get<string[]>('trace', 'trace') ?? [] });
    expect(await travel.viewAsOf(at('2013-04-01T08:00:00-04:00'), ['a'], read)).toEqual({
      trace: ['a#0@1'],
      asOf: { at: '2013-04-01T12:00:00.000Z' },
    });
    expect(await travel.viewAsOf(toPosition('0'), ['a'], read)).toEqual({ trace: [], asOf: { position: '0' } });
  });

  it('rebuilds the registered projections, so the same query class reads the view as it stood', async () => {
    const data = { meetingId: 'trafficking-2013', title: 'Trafficking in persons', timezone: 'America/New_York', mandate: [], policy: {} };
    await append(meetingStream('trafficking-2013'), '2013-04-02T12:00:00Z', 'MeetingCreated', data);
    const streams = [meetingStream('trafficking-2013')];
    const read = (instant: string) =>
      travel.readAsOf(at(instant), streams, (d) => {
        const meeting = new MeetingReader(d).meeting('trafficking-2013');
        if (!meeting) throw new ApiError('NOT_FOUND', 'There is no meeting "trafficking-2013".');
        return meeting;
      });

    await expect(read('2013-04-02T11:00:00Z')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(read('2013-04-02T11:00:00Z')).rejects.toBeInstanceOf(ApiError);
    expect(await read('2013-04-02T12:00:00Z')).toMatchObject({ id: 'trafficking-2013', title: 'Trafficking in persons' });
  });

  it('documentsAsOf hands the caller an open store; without a cache, readAsOf closes it after reading, and when the read throws', async () => {
    travel = new TimeTravel(store, runner, { cacheEntries: 0 });
    await append('a', '2013-04-01T12:00:00Z');
    const documents = await travel.documentsAsOf(at('2013-04-02T00:00:00Z'), ['a']);
    expect(documents.get('trace', 'trace')).toEqual(['a#0@1']);
    documents.close();

    let seen: ProjectionStore | undefined;
    await travel.readAsOf(at('2013-04-02T00:00:00Z'), ['a'], (d) => (seen = d));
    expect(() => seen!.get('trace', 'trace')).toThrow(/not open/);
    const failing = travel.readAsOf(at('2013-04-02T00:00:00Z'), ['a'], (d) => {
      seen = d;
      throw new Error('read failed');
    });
    await expect(failing).rejects.toThrow('read failed');
    expect(() => seen!.get('trace', 'trace')).toThrow(/not open/);
  });

  it('reads events through the upcasters: one newer than the engine reads is refused, and nothing is left open', async () => {
    await append(meetingStream('m-1'), '2013-04-01T12:00:00Z', 'MeetingCreated', {}, 2);
    const close = jest.spyOn(ProjectionStore.prototype, 'close');
    try {
      await expect(travel.documentsAsOf(at('2013-04-02T00:00:00Z'), [meetingStream('m-1')])).rejects.toThrow(UnsupportedSchemaVersionError);
      expect(close).toHaveBeenCalledTimes(1);
    } finally {
      close.mockRestore();
    }
  });

  it('leaves the live documents alone', async () => {
    const logs = captureNestLogs();
    await append('a', '2013-04-01T12:00:00Z');
    await runner.start();
    try {
      const before = live.get('trace', 'trace');
      expect(before).toEqual(['a#0@1']);
      expect(await trace('2013-03-01T00:00:00Z', ['a'])).toEqual([]);
      expect(live.get('trace', 'trace')).toEqual(before);
    } finally {
      await runner.stop();
      logs.restore();
    }
  });
});
