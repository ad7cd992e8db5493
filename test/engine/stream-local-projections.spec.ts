import { describe, expect, it } from '@jest/globals';
import { engineEventVersions, engineUpcasters } from '../../src/engine/engine-upcasters';
import { engineProjections } from '../../src/engine/manifests';
import { StoredEvent } from '../../src/kernel/events';
import { DocumentWriter, Projection } from '../../src/kernel/projection';
import { checkStreamLocality } from '../support/stream-locality';
import { everyEventLog } from './every-event-log';

const log = everyEventLog();
/** Each projection by name, with a way to make fresh instances of it (one per replay, as each worker makes its own). */
const factories = engineProjections().map((projection, i) => [projection.name, () => engineProjections()[i]] as const);

describe('every projection of the engine is stream-local (the parallel rebuild replays streams apart)', () => {
  it('is checked over a log that holds every event type of the engine', () => {
    const types = [...new Set(log.map((event) => event.type))].sort();
    expect(types).toEqual(Object.keys(engineEventVersions()).sort());
  });

  it('is checked over streams that interleave in global order', () => {
    const positions = (streamId: string) => log.flatMap((event, i) => (event.streamId === streamId ? [i] : []));
    const contiguous = [...new Set(log.map((event) => event.streamId))].filter((streamId) => {
      const at = positions(streamId);
      return at.length > 1 && at[at.length - 1] - at[0] === at.length - 1;
    });
    expect(contiguous).toEqual([]);
    expect(new Set(log.map((event) => event.streamId)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(factories)('%s: replaying every stream on its own gives the documents of the whole log', (_name, make) => {
    const { documents, problems } = checkStreamLocality(make, log, engineUpcasters);
    expect(problems).toEqual([]);
    expect(documents).toBeGreaterThan(0);
  });
});

/** The defect the check is for: a document made from the meeting stream, then changed from the arrangements stream. */
class ReadsTheMeetingStream implements Projection {
  readonly name = 'reads-the-meeting-stream';
  readonly version = 1;

  apply(event: StoredEvent, documents: DocumentWriter): void {
    const meetingId = /^(?:meeting|arrangements)-(.+)$/.exec(event.streamId)?.[1];
    if (event.type === 'MeetingCreated') documents.put(`summary/${meetingId}`, { meetingId, programme: false });
    if (event.type !== 'ProgrammeSet') return;
    const summary = documents.get<object>(`summary/${meetingId}`);
    if (summary) documents.put(`summary/${meetingId}`, { ...summary, programme: true });
  }
}

/** One document that events of every stream write. */
class CountsEveryEvent implements Projection {
  readonly name = 'counts-every-event';
  readonly version = 1;

  apply(_event: StoredEvent, documents: DocumentWriter): void {
    documents.put('count', (documents.get<number>('count') ?? 0) + 1);
  }
}

describe('the stream-locality check itself', () => {
  it('names the projection, the key and both streams when a stream changes a document another stream made', () => {
    const problems = checkStreamLocality(() => new ReadsTheMeetingStream(), log, engineUpcasters).problems;
    expect(problems).toHaveLength(3); // one per meeting
    expect(problems[0]).toMatch(/^reads-the-meeting-stream: document "summary\/migration-2019" differs/);
    expect(problems[0]).toContain('written by meeting-migration-2019, arrangements-migration-2019');
    expect(problems[0]).toContain('made by meeting-migration-2019');
  });

  it('names both streams when two streams make the same document', () => {
    const problems = checkStreamLocality(() => new CountsEveryEvent(), log, engineUpcasters).problems;
    expect(problems).toContain(
      `counts-every-event: document "count" is made by two streams, meeting-trafficking-2013 and list-trafficking-2013.ecosoc`,
    );
  });
});
