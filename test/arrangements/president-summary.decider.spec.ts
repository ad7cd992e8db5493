import { describe, it } from '@jest/globals';
import { arrangementsDecider } from '../../src/arrangements/domain/arrangements.decider';
import { arrangementsEvent } from '../../src/arrangements/domain/arrangements.events';
import { spec } from '../support/decider-spec';
import { auditor, command, complete, finalized, memberState, pga } from './arrangements.fixtures';

const TEXT = 'The meeting reaffirmed the commitment of Member States to the Global Plan of Action.';
const record = (
  body: { text: string; achievements?: string[]; gaps?: string[]; challenges?: string[] },
  actor = pga,
  meetingExists = true,
) => command({ kind: 'RecordPresidentSummary', ...body }, actor, meetingExists);
const recorded = (text: string, achievements: string[] = [], gaps: string[] = [], challenges: string[] = []) =>
  arrangementsEvent('PresidentSummaryRecorded', { text, achievements, gaps, challenges });

describe("the President's summary (paragraph 4)", () => {
  it('records the summary with its achievements, gaps and challenges, trimmed', () => {
    spec(arrangementsDecider)
      .given([])
      .when(record({ text: ` ${TEXT} `, achievements: [' Partnerships '], challenges: ['Prosecution across borders'] }))
      .then([recorded(TEXT, ['Partnerships'], [], ['Prosecution across borders'])]);
  });

  it('replaces an earlier summary, and takes the same summary again as a no-op', () => {
    spec(arrangementsDecider)
      .given([recorded(TEXT)])
      .when(record({ text: 'A shorter summary.' }))
      .then([recorded('A shorter summary.')]);
    spec(arrangementsDecider)
      .given([recorded(TEXT, ['A'])])
      .when(record({ text: TEXT, achievements: ['A'] }))
      .then([]);
  });

  it('is recorded once the arrangements are finalized: the summary follows the meeting', () => {
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(record({ text: TEXT }))
      .then([recorded(TEXT)]);
  });

  it('is for the PGA alone', () => {
    for (const actor of [memberState('FRA'), auditor]) {
      spec(arrangementsDecider)
        .given([])
        .when(record({ text: TEXT }, actor))
        .thenFails('FORBIDDEN');
    }
  });

  it('refuses a blank text or a blank point, naming the field, and an unknown meeting', () => {
    spec(arrangementsDecider)
      .given([])
      .when(record({ text: '  ' }))
      .thenFails('VALIDATION_FAILED', /summary is blank/);
    spec(arrangementsDecider)
      .given([])
      .when(record({ text: TEXT, gaps: ['Data', ' '] }))
      .thenFails('VALIDATION_FAILED', /Point 2 of the gaps is blank/);
    spec(arrangementsDecider)
      .given([])
      .when(record({ text: TEXT }, pga, false))
      .thenFails('NOT_FOUND');
  });

  it('refuses text that would deceive a reader (bidirectional overrides)', () => {
    spec(arrangementsDecider)
      .given([])
      .when(record({ text: TEXT, challenges: ['Evil \u202Etxet'] }))
      .thenFails('VALIDATION_FAILED');
  });
});
