import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ArrangementsEvent, arrangementsStream } from '../../src/arrangements/domain/arrangements.events';
import { SpeakersEvent, speakersStream } from '../../src/arrangements/domain/speakers';
import { ArrangementsProjection } from '../../src/arrangements/projections/arrangements.projection';
import { ArrangementsReader } from '../../src/arrangements/projections/arrangements.reader';
import { MeetingsProjection } from '../../src/accreditation/projections/meetings.projection';
import { localIso } from '../../src/arrangements/projections/local-time';
import { SpeakersProjection } from '../../src/arrangements/projections/speakers.projection';
import { meetingStream } from '../../src/accreditation/domain/meeting.events';
import { StoredEvent } from '../../src/event-store/event-store.port';
import { toPosition } from '../../src/kernel/position';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { ApiError } from '../../src/platform/http/api-error';
import { metadata } from '../support/events';
import {
  auditor,
  chairsAccepted,
  declined,
  EMINENT,
  finalized,
  identified,
  MEETING,
  memberState,
  NGO_REP,
  observer,
  pga,
  programmeSet,
  reopened,
  SEGMENTS_2013,
  THEME_1,
} from './arrangements.fixtures';

describe('arrangements and speakers projections, and their queries', () => {
  let store: ProjectionStore;
  let queries: ArrangementsReader;
  let position: number;
  const projections = [new MeetingsProjection(), new ArrangementsProjection(), new SpeakersProjection()];

  beforeEach(() => {
    store = new ProjectionStore(':memory:');
    queries = new ArrangementsReader(store);
    position = 0;
    apply(meetingStream(MEETING), {
      type: 'MeetingCreated',
      data: { meetingId: MEETING, title: 'T', timezone: 'America/New_York', mandate: [], policy: {} },
    });
  });
  afterEach(() => store.close());

  function apply(streamId: string, event: { type: string; data: unknown }, occurredAt = '2013-05-01T15:00:00.000Z'): void {
    position += 1;
    const stored: StoredEvent = {
      eventId: `event-${position}`,
      streamId,
      revision: position - 1,
      position: toPosition(position),
      type: event.type,
      data: event.data,
      metadata: metadata({ occurredAt }),
      recordedAt: occurredAt,
    };
    const batch = store.batch();
    for (const projection of projections) projection.apply(stored, batch.writer(projection.name));
    batch.commit();
  }
  const arrangements = (...events: ArrangementsEvent[]) => events.forEach((event) => apply(arrangementsStream(MEETING), event));
  const speakers = (segmentId: string, ...events: SpeakersEvent[]) =>
    events.forEach((event) => apply(speakersStream(MEETING, segmentId), event));
  const inscribed = (state: string, delegation: 'member-state' | 'observer', level: string): SpeakersEvent =>
    ({
      type: 'SpeakerInscribed',
      schemaVersion: 1,
      data: { segmentId: 'plenary-1', state, delegation, level, speakerName: `${state} speaker` },
    }) as SpeakersEvent;

  it('renders instants on the local clock of a timezone, with its offset then', () => {
    expect(localIso('2013-05-13T13:00:00.000Z', 'America/New_York')).toBe('2013-05-13T09:00:00-04:00');
    expect(localIso('2013-01-13T13:00:00.000Z', 'America/New_York')).toBe('2013-01-13T08:00:00-05:00');
    expect(localIso('2013-05-13T13:00:00.000Z', 'UTC')).toBe('2013-05-13T13:00:00+00:00');
    expect(localIso('2013-05-13T13:00:00.000Z', 'Asia/Kolkata')).toBe('2013-05-13T18:30:00+05:30');
  });

  it('shows a new meeting with no programme, no panels, the fixed opening speakers and open arrangements', () => {
    const view = queries.meetingArrangements(MEETING, pga)!;
    const missing = [
      { item: 'programme', message: 'There is no programme.' },
      { item: 'opening-speaker', role: 'eminent-person', message: 'The eminent-person of the opening plenary is not identified.' },
      { item: 'opening-speaker', role: 'ngo-representative', message: 'The ngo-representative of the opening plenary is not identified.' },
    ];
    expect(view).toEqual({ programme: [], panels: [], openingSpeakers: expect.any(Array), arrangements: { status: 'open', missing } });
    expect(view.openingSpeakers.map((s) => s.role)).toEqual([
      'president-of-the-general-assembly',
      'secretary-general',
      'executive-director-unodc',
    ]);
    expect(queries.meetingArrangements('no-such-meeting')).toBeUndefined();
  });

  it('shows the programme in UTC and in New York time', () => {
    arrangements(programmeSet());
    const programme = queries.meetingArrangements(MEETING)!.programme;
    expect(programme[0]).toEqual({
      id: 'opening-plenary',
      kind: 'opening-plenary',
      title: 'Opening plenary meeting',
      startsAt: '2013-05-13T13:00:00.000Z',
      endsAt: '2013-05-13T14:00:00.000Z',
      startsAtLocal: '2013-05-13T09:00:00-04:00',
      endsAtLocal: '2013-05-13T10:00:00-04:00',
    });
    expect(programme[6]).toEqual(expect.not.objectContaining({ endsAt: expect.anything() }));
    expect(programme[6].startsAtLocal).toBe('2013-05-14T18:00:00-04:00');
  });

  it('shows each panel with its theme, times, consultations, chair and summary', () => {
    arrangements(programmeSet(), ...chairsAccepted());
    apply(
      arrangementsStream(MEETING),
      { type: 'PanelSummaryRecorded', data: { panelId: 'panel-1', chair: 'PHL', text: 'Summary.' } },
      '2013-05-14T22:30:00.000Z',
    );
    const [panel1, panel2] = queries.panels(MEETING).panels;
    expect(panel1).toEqual({
      id: 'panel-1',
      title: 'Interactive panel discussion 1',
      theme: THEME_1,
      startsAt: '2013-05-13T19:00:00.000Z',
      endsAt: '2013-05-13T20:30:00.000Z',
      startsAtLocal: '2013-05-13T15:00:00-04:00',
      endsAtLocal: '2013-05-13T16:30:00-04:00',
      chair: {
        state: 'PHL',
        regionalGroup: 'Asia-Pacific Group',
        status: 'accepted',
        invitedAt: '2013-05-01T15:00:00.000Z',
        respondedAt: '2013-05-01T15:00:00.000Z',
      },
      consultations: [{ regionalGroup: 'Asia-Pacific Group', recordedAt: '2013-05-01T15:00:00.000Z' }],
      summary: { text: 'Summary.', chair: 'PHL', recordedAt: '2013-05-14T22:30:00.000Z' },
    });
    expect(panel2.chair).toMatchObject({ state: 'BLR', status: 'accepted' });
    arrangements(declined('panel-2', 'BLR'));
    expect(queries.panels(MEETING).panels[1].chair).toMatchObject({ state: 'BLR', status: 'declined' });
  });

  it('drops a panel the programme no longer has, and answers 404 for a meeting that does not exist', () => {
    arrangements(programmeSet(), ...chairsAccepted());
    arrangements(programmeSet(programmeSetSegmentsWithout('panel-1')));
    expect(queries.panels(MEETING).panels.map((p) => p.id)).toEqual(['panel-2']);
    expect(() => queries.panels('no-such-meeting')).toThrow(ApiError);
  });

  it('shows the identified opening speakers after the fixed ones, survivor only to pga and auditor', () => {
    arrangements(identified(EMINENT), identified(NGO_REP));
    const rolesSeen = (viewer?: Parameters<ArrangementsReader['meetingArrangements']>[1]) =>
      queries.meetingArrangements(MEETING, viewer)!.openingSpeakers;
    const asPga = rolesSeen(pga);
    expect(asPga.map((s) => s.role)).toEqual([
      'president-of-the-general-assembly',
      'secretary-general',
      'executive-director-unodc',
      'eminent-person',
      'ngo-representative',
    ]);
    expect(asPga[4]).toMatchObject({
      name: 'B. Representative',
      organization: NGO_REP.organization,
      entryId: NGO_REP.entryId,
      listId: 'ecosoc-ngos',
      fixed: false,
      survivor: true,
    });
    expect(rolesSeen(auditor)[4].survivor).toBe(true);
    for (const viewer of [memberState('FRA'), observer('VAT'), undefined]) {
      expect(rolesSeen(viewer).some((s) => 'survivor' in s)).toBe(false);
    }
  });

  it("lists what finalization still lacks, as a refused finalization would: each panel's chair, each opening speaker", () => {
    arrangements(programmeSet());
    const missing = queries.meetingArrangements(MEETING)!.arrangements.missing;
    expect(missing.map((m) => `${m.item} ${m.panelId ?? m.role ?? ''}`.trim())).toEqual([
      ...queries.meetingArrangements(MEETING)!.panels.map((panel) => `panel-chair ${panel.id}`),
      'opening-speaker eminent-person',
      'opening-speaker ngo-representative',
    ]);
    expect(missing.some((m) => m.item === 'programme')).toBe(false);
  });

  it('shows finalization and reopening with its reason', () => {
    arrangements(finalized());
    expect(queries.meetingArrangements(MEETING)!.arrangements).toEqual({
      status: 'finalized',
      missing: [],
      finalizedAt: '2013-05-01T15:00:00.000Z',
    });
    arrangements(reopened('A chair withdrew.'));
    expect(queries.meetingArrangements(MEETING)!.arrangements).toEqual({
      status: 'open',
      missing: expect.any(Array),
      reopenedAt: '2013-05-01T15:00:00.000Z',
      reopeningReason: 'A chair withdrew.',
    });
  });

  it('lists speakers in speaking order with their place, and every plenary when no segment is named', () => {
    arrangements(programmeSet());
    speakers(
      'plenary-1',
      inscribed('VAT', 'observer', 'minister'),
      inscribed('FRA', 'member-state', 'minister'),
      inscribed('NGA', 'member-state', 'head-of-state'),
    );
    const one = queries.speakers(MEETING, 'plenary-1');
    expect(one.speakers.map((s) => [s.order, s.state])).toEqual([
      [1, 'NGA'],
      [2, 'FRA'],
      [3, 'VAT'],
    ]);
    expect(one.speakers[0]).toEqual({
      order: 1,
      segmentId: 'plenary-1',
      state: 'NGA',
      delegation: 'member-state',
      level: 'head-of-state',
      speakerName: 'NGA speaker',
      inscribedAt: '2013-05-01T15:00:00.000Z',
    });
    expect(one.lists).toEqual([{ segmentId: 'plenary-1', status: 'open', inscriptions: 3 }]);
    speakers('plenary-1', { type: 'SpeakersListClosed', schemaVersion: 1, data: { segmentId: 'plenary-1', inscriptions: 3 } });
    const all = queries.speakers(MEETING);
    expect(all.lists.map((l) => [l.segmentId, l.status])).toEqual([
      ['plenary-1', 'closed'],
      ['plenary-2', 'open'],
      ['plenary-3', 'open'],
    ]);
    expect(all.speakers).toHaveLength(3);
    expect(queries.speakers(MEETING, 'panel-1')).toEqual({
      speakers: [],
      lists: [{ segmentId: 'panel-1', status: 'open', inscriptions: 0 }],
    });
    expect(() => queries.speakers(MEETING, 'no-such-segment')).toThrow(/no segment "no-such-segment"/);
  });

  it('rebuilds the same documents from the same events (no side effects, deterministic)', () => {
    arrangements(programmeSet(), ...chairsAccepted(), identified(EMINENT));
    const first = JSON.stringify(queries.meetingArrangements(MEETING, pga));
    store.reset('arrangements');
    const events = [programmeSet(), ...chairsAccepted(), identified(EMINENT)];
    position = 0;
    apply(meetingStream(MEETING), {
      type: 'MeetingCreated',
      data: { meetingId: MEETING, title: 'T', timezone: 'America/New_York', mandate: [], policy: {} },
    });
    arrangements(...events);
    expect(JSON.stringify(queries.meetingArrangements(MEETING, pga))).toBe(first);
  });
});

function programmeSetSegmentsWithout(id: string) {
  return SEGMENTS_2013.filter((segment) => segment.id !== id);
}
