import { arrangementsDecider } from '../../src/arrangements/domain/arrangements.decider';
import { SpeakersCommand, speakersDecider } from '../../src/arrangements/domain/speakers';
import { spec } from '../support/decider-spec';
import { command, complete, finalized, MEETING, memberState, NOW, PROGRAMME_2013, programmeSet } from './arrangements.fixtures';

const OVERRIDE = '\u202E';
const ZERO_WIDTH = '\u200B\u200B';

describe('free text in the arrangements deciders', () => {
  it('refuses a segment title or theme that is unsafe, naming the segment and field', () => {
    const segments = PROGRAMME_2013.map((s, i) => (i === 2 ? { ...s, theme: `${OVERRIDE}x` } : i === 4 ? { ...s, title: ZERO_WIDTH } : s));
    const error = () =>
      spec(arrangementsDecider)
        .given([])
        .when(command({ kind: 'SetProgramme', segments, segmentsWithSpeakers: [] }));
    error().thenFails('VALIDATION_FAILED', /segments\.2\.theme: contains a bidirectional override/);
    error().thenFails('VALIDATION_FAILED', /segments\.4\.title: has no visible character/);
  });

  it('refuses an unsafe consultation note', () => {
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(command({ kind: 'ConsultRegionalGroup', panelId: 'panel-1', regionalGroup: 'Asia-Pacific Group', note: 'ok\u0007' }))
      .thenFails('VALIDATION_FAILED', /note contains a control character/);
  });

  it("refuses an unsafe panel summary, opening speaker's name or organization, and reason for reopening", () => {
    spec(arrangementsDecider)
      .given([...complete()])
      .when(command({ kind: 'RecordPanelSummary', panelId: 'panel-1', text: `Summary ${OVERRIDE}` }, memberState('PHL')))
      .thenFails('VALIDATION_FAILED', /text contains a bidirectional override/);
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(command({ kind: 'IdentifyOpeningSpeaker', role: 'eminent-person', name: `A. ${ZERO_WIDTH}x\u0000` }))
      .thenFails('VALIDATION_FAILED', /name contains a control character/);
    spec(arrangementsDecider)
      .given([programmeSet()])
      .when(command({ kind: 'IdentifyOpeningSpeaker', role: 'eminent-person', name: 'A. Eminent', organization: ZERO_WIDTH }))
      .thenFails('VALIDATION_FAILED', /organization has no visible character/);
    spec(arrangementsDecider)
      .given([...complete(), finalized()])
      .when(command({ kind: 'ReopenArrangements', reason: `\u2068Because\u2069` }))
      .thenFails('VALIDATION_FAILED', /reason contains a bidirectional override/);
  });

  it("refuses an unsafe speaker's name", () => {
    const inscribe: SpeakersCommand = {
      kind: 'InscribeSpeaker',
      meetingId: MEETING,
      segmentId: 'plenary-1',
      facts: { meetingExists: true, segment: { id: 'plenary-1', kind: 'plenary' } },
      level: 'minister',
      speakerName: `H.E. ${OVERRIDE}A`,
      actor: memberState('FRA'),
      now: NOW,
    };
    spec(speakersDecider)
      .given([])
      .when(inscribe)
      .thenFails('VALIDATION_FAILED', /speakerName contains a bidirectional override/);
  });
});
