import { CreateMeeting, meetingDecider } from '../../src/accreditation/domain/meeting.decider';
import { MeetingCreated } from '../../src/accreditation/domain/meeting.events';
import { spec } from '../support/decider-spec';

const now = new Date('2013-03-01T15:00:00Z');
const pga = { role: 'pga' as const, subject: 'pga-office' };

const create = (overrides: Partial<CreateMeeting> = {}): CreateMeeting => ({
  kind: 'CreateMeeting',
  meetingId: 'trafficking-2013',
  title: 'High-level Meeting on the Appraisal of the Global Plan of Action to Combat Trafficking in Persons',
  timezone: 'America/New_York',
  actor: pga,
  now,
  ...overrides,
});

const created = (policy = {}): MeetingCreated => ({
  type: 'MeetingCreated',
  schemaVersion: 1,
  data: {
    meetingId: 'trafficking-2013',
    title: create().title,
    timezone: 'America/New_York',
    mandate: [],
    policy: { objectionDisclosure: 'organizations', objectedGoToGeneralAssembly: false, reminders: ['PT72H', 'PT24H'], ...policy },
  },
});

describe('meeting decider', () => {
  it('creates a meeting with the default policy', () => {
    spec(meetingDecider).given([]).when(create()).then([created()]);
  });

  it('keeps the policy the PGA sets and fills in the rest', () => {
    spec(meetingDecider)
      .given([])
      .when(create({ policy: { objectionDisclosure: 'none', objectedGoToGeneralAssembly: true } }))
      .then([created({ objectionDisclosure: 'none', objectedGoToGeneralAssembly: true })]);
  });

  it('refuses a second meeting with the same id', () => {
    spec(meetingDecider)
      .given([created()])
      .when(create())
      .thenFails('ALREADY_EXISTS', /trafficking-2013/);
  });

  it.each(['member-state', 'observer', 'auditor'] as const)('refuses a meeting created by the %s role', (role) => {
    spec(meetingDecider)
      .given([])
      .when(create({ actor: { role, subject: 'someone', state: 'FRA' } }))
      .thenFails('FORBIDDEN');
  });
});

describe('meeting policy defaults', () => {
  it('keeps the default of every policy field left undefined', () => {
    const [event] = meetingDecider.decide(
      create({ policy: { objectionDisclosure: undefined, reminders: ['P1D'] } }),
      meetingDecider.initialState(),
    );
    expect(event.data.policy).toEqual({ objectionDisclosure: 'organizations', objectedGoToGeneralAssembly: false, reminders: ['P1D'] });
  });
});
