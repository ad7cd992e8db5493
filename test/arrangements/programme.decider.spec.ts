import { describe, expect, it } from '@jest/globals';
import { arrangementsDecider } from '../../src/arrangements/domain/arrangements.decider';
import { SegmentInput } from '../../src/arrangements/domain/segments';
import { DomainError } from '../../src/kernel/domain-error';
import { spec } from '../support/decider-spec';
import {
  auditor,
  command,
  complete,
  finalized,
  invited,
  consulted,
  memberState,
  programmeSet,
  PROGRAMME_2013,
  reopened,
  SEGMENTS_2013,
} from './arrangements.fixtures';

const setProgramme = (segments: SegmentInput[], segmentsWithSpeakers: string[] = []) =>
  command({ kind: 'SetProgramme', segments, segmentsWithSpeakers });
const segment = (id: string) => PROGRAMME_2013.find((s) => s.id === id)!;
const replace = (id: string, change: Partial<SegmentInput>) => PROGRAMME_2013.map((s) => (s.id === id ? { ...s, ...change } : s));
const at = (local: string) => new Date(`${local}-04:00`);

/** The `details` of the VALIDATION_FAILED a programme causes: field → problems. */
function problemsOf(segments: SegmentInput[]): Record<string, string[]> {
  try {
    arrangementsDecider.decide(setProgramme(segments), arrangementsDecider.initialState());
  } catch (error) {
    expect((error as DomainError).code).toBe('VALIDATION_FAILED');
    const details = (error as DomainError).details as Array<{ field: string; problems: string[] }>;
    return Object.fromEntries(details.map((d) => [d.field, d.problems]));
  }
  throw new Error('the programme was accepted');
}

describe('programme (paragraph 1)', () => {
  it('sets the 2013 programme, stored in UTC: opening plenary, plenaries, two consecutive panels, closing plenary without an end', () => {
    spec(arrangementsDecider)
      .given([])
      .when(setProgramme(PROGRAMME_2013))
      .then([programmeSet(SEGMENTS_2013)]);
    expect(SEGMENTS_2013[0]).toMatchObject({ startsAt: '2013-05-13T13:00:00.000Z', endsAt: '2013-05-13T14:00:00.000Z' });
    expect(SEGMENTS_2013[6].endsAt).toBeUndefined();
  });

  it('replaces the programme with a new one', () => {
    const shorter = PROGRAMME_2013.filter((s) => s.id !== 'plenary-3');
    const events = arrangementsDecider.decide(
      setProgramme(shorter),
      [programmeSet()].reduce((folded, event) => arrangementsDecider.evolve(folded, event), arrangementsDecider.initialState()),
    );
    expect(events).toEqual([programmeSet(SEGMENTS_2013.filter((s) => s.id !== 'plenary-3'))]);
  });

  it('treats the same programme again as a no-op', () => {
    spec(arrangementsDecider).given([programmeSet()]).when(setProgramme(PROGRAMME_2013)).then([]);
  });

  it('refuses a programme from a role other than pga', () => {
    const asState = command({ kind: 'SetProgramme', segments: PROGRAMME_2013, segmentsWithSpeakers: [] }, memberState('FRA'));
    spec(arrangementsDecider).given([]).when(asState).thenFails('FORBIDDEN');
    spec(arrangementsDecider)
      .given([])
      .when({ ...asState, actor: auditor })
      .thenFails('FORBIDDEN');
  });

  it('refuses a programme for a meeting that does not exist', () => {
    const missing = command({ kind: 'SetProgramme', segments: PROGRAMME_2013, segmentsWithSpeakers: [] }, undefined, false);
    spec(arrangementsDecider)
      .given([])
      .when(missing)
      .thenFails('NOT_FOUND', /trafficking-2013/);
  });

  it('refuses an empty programme', () => {
    expect(problemsOf([])).toEqual({ segments: ['a programme has at least one segment'] });
  });

  it('refuses two segments with one id', () => {
    expect(
      problemsOf([...PROGRAMME_2013, { ...segment('plenary-3'), startsAt: at('2013-05-15T10:00'), endsAt: at('2013-05-15T11:00') }]),
    ).toMatchObject({
      'segments.7.id': ['repeats the id "plenary-3" of segment 5'],
    });
  });

  it('refuses a segment that ends before it starts, or when it starts', () => {
    expect(problemsOf(replace('plenary-1', { endsAt: at('2013-05-13T09:30') }))['segments.1.endsAt']).toEqual([
      'must be later than startsAt (2013-05-13T14:00:00.000Z)',
    ]);
    expect(problemsOf(replace('plenary-1', { endsAt: at('2013-05-13T10:00') }))['segments.1.endsAt']).toHaveLength(1);
  });

  it('refuses a segment without an end, unless it is the closing plenary', () => {
    expect(problemsOf(replace('plenary-2', { endsAt: undefined }))).toEqual({
      'segments.4.endsAt': ['is required: only the closing plenary may have no fixed end'],
    });
  });

  it('accepts a closing plenary with an end, after its start', () => {
    const withEnd = replace('closing-plenary', { endsAt: at('2013-05-14T19:00') });
    expect(arrangementsDecider.decide(setProgramme(withEnd), arrangementsDecider.initialState())).toHaveLength(1);
  });

  it('refuses a panel without a theme', () => {
    expect(problemsOf(replace('panel-2', { theme: '  ' }))).toEqual({ 'segments.3.theme': ['a panel needs its theme'] });
  });

  it('refuses a second opening plenary and a second closing plenary', () => {
    const problems = problemsOf([
      ...PROGRAMME_2013,
      { id: 'opening-again', kind: 'opening-plenary', title: 'Again', startsAt: at('2013-05-15T09:00'), endsAt: at('2013-05-15T10:00') },
      { id: 'closing-again', kind: 'closing-plenary', title: 'Again', startsAt: at('2013-05-15T18:00') },
    ]);
    expect(problems['segments.7.kind']).toEqual(['a meeting has one opening-plenary; segment 0 is already one']);
    expect(problems['segments.8.kind']).toEqual(['a meeting has one closing-plenary; segment 6 is already one']);
  });

  it('refuses overlapping segments, naming both', () => {
    const problems = problemsOf(replace('panel-2', { startsAt: at('2013-05-13T16:00') }));
    expect(problems['segments.3']).toEqual(['overlaps segment 2 ("panel-1", 2013-05-13T19:00:00.000Z to 2013-05-13T20:30:00.000Z)']);
  });

  it('lets a segment start the moment another ends (the two consecutive panels)', () => {
    expect(arrangementsDecider.decide(setProgramme(PROGRAMME_2013), arrangementsDecider.initialState())).toHaveLength(1);
  });

  it('refuses a segment that starts before the opening plenary', () => {
    const early = {
      id: 'briefing',
      kind: 'plenary' as const,
      title: 'Briefing',
      startsAt: at('2013-05-12T10:00'),
      endsAt: at('2013-05-12T11:00'),
    };
    expect(problemsOf([...PROGRAMME_2013, early])).toEqual({
      'segments.7.startsAt': ['is before the opening plenary (2013-05-13T13:00:00.000Z)'],
    });
  });

  it('refuses a closing plenary that starts before every other segment has ended (it follows the exhausted list of speakers)', () => {
    expect(problemsOf(replace('closing-plenary', { startsAt: at('2013-05-14T17:00') }))).toEqual({
      'segments.6.startsAt': [
        'the closing plenary follows every other segment: it may not start before "plenary-3" ends (2013-05-14T22:00:00.000Z)',
      ],
    });
  });

  it('lists every problem of the programme at once', () => {
    const problems = problemsOf(replace('panel-1', { theme: undefined, endsAt: undefined }).concat([{ ...segment('plenary-1') }]));
    expect(Object.keys(problems).sort()).toEqual(['segments.2.endsAt', 'segments.2.theme', 'segments.7', 'segments.7.id']);
  });

  it('refuses a change once the arrangements are finalized, and accepts it again once reopened', () => {
    const later = replace('plenary-3', { endsAt: at('2013-05-14T17:30') });
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(setProgramme(later))
      .thenFails('INVALID_STATE', /finalized/);
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(setProgramme(PROGRAMME_2013))
      .then([]);
    spec(arrangementsDecider)
      .given([...complete(), finalized(), reopened()])
      .when(setProgramme(later))
      .thenContains([{ type: 'ProgrammeSet' }]);
  });

  it('refuses to drop, or turn into another kind, a plenary meeting with inscribed speakers', () => {
    const without = PROGRAMME_2013.filter((s) => s.id !== 'plenary-2');
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(setProgramme(without, ['plenary-2']))
      .thenFails('INVALID_STATE', /plenary-2/);
    const retitled = replace('plenary-2', { title: 'Plenary meeting (morning)' });
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(setProgramme(retitled, ['plenary-2']))
      .thenContains([{ type: 'ProgrammeSet' }]);
  });

  it("keeps a panel's chair when the programme keeps the panel, and drops it with the panel", () => {
    const history = [programmeSet(), consulted('panel-1', 'African Group'), invited('panel-1', 'NGA', 'African Group')];
    const state = history.reduce((folded, event) => arrangementsDecider.evolve(folded, event), arrangementsDecider.initialState());
    const moved = arrangementsDecider.decide(setProgramme(replace('panel-1', { title: 'Panel 1' })), state);
    expect(moved.reduce((folded, event) => arrangementsDecider.evolve(folded, event), state).panels[0]).toMatchObject({
      id: 'panel-1',
      chair: { state: 'NGA' },
    });
    const dropped = arrangementsDecider.decide(setProgramme(PROGRAMME_2013.filter((s) => s.id !== 'panel-1')), state);
    expect(dropped.reduce((folded, event) => arrangementsDecider.evolve(folded, event), state).panels.map((p) => p.id)).toEqual([
      'panel-2',
    ]);
  });
});

describe('programme commands replayed from the log', () => {
  it('decides the same from the stored command, whose instants are ISO strings', () => {
    const stored = PROGRAMME_2013.map((s) => ({
      ...s,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt?.toISOString(),
    })) as unknown as SegmentInput[];
    spec(arrangementsDecider)
      .given([])
      .when(setProgramme(stored))
      .then([programmeSet(SEGMENTS_2013)]);
  });
});
