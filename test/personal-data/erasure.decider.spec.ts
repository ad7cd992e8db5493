import { ErasePersonalData, erasureDecider } from '../../src/personal-data/domain/erasure.decider';
import { PersonalDataErased } from '../../src/personal-data/domain/erasure.events';
import { spec } from '../support/decider-spec';

const NOW = new Date('2013-06-02T10:00:00Z');
const SUBJECT = '5b1d9e2a-7c3f-4a8e-9d6b-2f4e8a1c3b5d';
const ENTRY = '3f2b8c1e-6a4d-4e2b-9c1a-7d5e8f9a0b1c';

const erase = (overrides: Partial<ErasePersonalData> = {}): ErasePersonalData => ({
  kind: 'ErasePersonalData',
  request: { by: 'entry', entryId: ENTRY },
  reason: 'Request of the data subject',
  subjectIds: [SUBJECT],
  notErasable: [],
  actor: { role: 'pga', subject: 'pga-1' },
  now: NOW,
  ...overrides,
});

const erased = (data: Partial<PersonalDataErased['data']> = {}): PersonalDataErased => ({
  type: 'PersonalDataErased',
  schemaVersion: 1,
  data: {
    request: { by: 'entry', entryId: ENTRY },
    reason: 'Request of the data subject',
    subjectIds: [SUBJECT],
    notErasable: [],
    ...data,
  },
});

describe('erasures of personal data', () => {
  it('records the erasure without the data: the request, the reason, the subjects erased and those that cannot be', () => {
    spec(erasureDecider)
      .given([])
      .when(erase({ notErasable: [ENTRY], reason: '  Request of the data subject ' }))
      .then([erased({ notErasable: [ENTRY] })]);
  });

  it('erases a subject once: a later request naming it again stores nothing', () => {
    spec(erasureDecider).given([erased()]).when(erase()).then([]);
  });

  it('stores nothing when nothing is found', () => {
    spec(erasureDecider)
      .given([])
      .when(erase({ subjectIds: [] }))
      .then([]);
  });

  it('is the PGA’s to ask for, and the engine’s alone by retention', () => {
    spec(erasureDecider)
      .given([])
      .when(erase({ actor: { role: 'member-state', subject: 'fra', state: 'FRA' } }))
      .thenFails('FORBIDDEN');
    spec(erasureDecider)
      .given([])
      .when(erase({ actor: { role: 'system', subject: 'retention' } }))
      .thenFails('FORBIDDEN');
    const retention = {
      by: 'retention' as const,
      meetingId: 'trafficking-2013',
      meetingEnd: '2013-05-14T22:00:00.000Z',
      retentionDays: 30,
    };
    spec(erasureDecider)
      .given([])
      .when(erase({ request: retention }))
      .thenFails('FORBIDDEN');
    spec(erasureDecider)
      .given([])
      .when(erase({ request: retention, actor: { role: 'system', subject: 'retention' } }))
      .then([erased({ request: retention })]);
  });

  it('requires a reason that can be stored', () => {
    spec(erasureDecider)
      .given([])
      .when(erase({ reason: '   ' }))
      .thenFails('VALIDATION_FAILED', /reason/);
    spec(erasureDecider)
      .given([])
      .when(erase({ reason: 'a\u202eb' }))
      .thenFails('VALIDATION_FAILED');
  });
});
