import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { PersonalDataRetention } from '../../src/personal-data/retention/personal-data-retention';
import { metadata } from '../support/events';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { PROGRAMME } from '../audit/replay-history';

const EMAIL = 'contact.person@lastrada.example.org';
const LEGACY = 'written.before@legacy.example.org';
const LEGACY_ENTRY = '8e4c2a1b-3d5f-4e6a-8b9c-1d2e3f4a5b6c';
/** The closing plenary starts 2013-05-14T22:00Z and has no end: the meeting ends then. */
const MEETING_END = '2013-05-14T22:00:00.000Z';
const DAY_MS = 86_400_000;

describe('Personal data: retention and entries written in the clear', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  let acme: string;

  beforeEach(async () => {
    t = await startTestApp({ env: { PERSONAL_DATA_RETENTION_DAYS: '30' } });
    t.clock.set('2013-04-19T15:00:00Z');
    p = procedure(t);
    await p.createMeeting();
    await p.createList('other-ngos', 'ecosoc');
    [acme] = await p.propose('other-ngos', [org('Acme', 'NLD', { ecosocStatus: 'special', contactEmail: EMAIL })]);
    // An entry as version 1.1 wrote it: its contact in the clear.
    const legacy = org('Legacy', 'KEN', { ecosocStatus: 'general', contactEmail: LEGACY });
    const written = await t.store.append(
      'list-trafficking-2013.other-ngos',
      [{ type: 'EntryProposed', data: { entryId: LEGACY_ENTRY, organization: legacy }, metadata: metadata() }],
      'any',
    );
    await t.app.get(ProjectionRunner).waitFor(written.position, 5000);
    expect((await p.put(`${p.base}/programme`, { segments: PROGRAMME })).statusCode).toBe(200);
  });
  afterEach(() => t.close());

  const contacts = async () =>
    Object.fromEntries(
      ((await p.list('other-ngos')).entries as Array<{ id: string; organization: { contactEmail?: string } }>).map((e) => [
        e.id,
        e.organization.contactEmail,
      ]),
    );
  const erasures = async () => (await p.get('/v1/audit/events?type=PersonalDataErased', bearer('auditor'))).json().events;

  it('reports an entry written in the clear as not erasable', async () => {
    const response = await p.post('/v1/personal-data/erasures', { subject: { email: LEGACY }, reason: 'Request' });
    expect(response.json()).toEqual({
      erased: [],
      notErasable: [{ entryId: LEGACY_ENTRY, meetingId: 'trafficking-2013', listId: 'other-ngos', reason: 'stored-in-the-clear' }],
      position: expect.any(String),
    });
    expect(await contacts()).toEqual({ [acme]: EMAIL, [LEGACY_ENTRY]: LEGACY });
  });

  it('erases the meeting’s personal data the given number of days after its end, as actor system, on the test clock', async () => {
    const retention = t.app.get(PersonalDataRetention);
    t.clock.set(new Date(new Date(MEETING_END).getTime() + 30 * DAY_MS - 1000));
    await retention.reconcile();
    expect(await erasures()).toEqual([]);
    expect((await contacts())[acme]).toBe(EMAIL);

    t.clock.advance(1000);
    await retention.reconcile();
    const [erasure] = await erasures();
    expect(erasure.metadata.actor).toEqual({ role: 'system', subject: 'retention' });
    // Caused by the event that set the meeting's end, as every piece of engine work is (contract 1.2, Auditors).
    const [programme] = (await p.get('/v1/audit/events?type=ProgrammeSet', bearer('auditor'))).json().events;
    expect(erasure.metadata).toMatchObject({ causationId: programme.eventId, correlationId: programme.metadata.correlationId });
    expect(erasure.data).toEqual(
      expect.objectContaining({
        request: { by: 'retention', meetingId: 'trafficking-2013', meetingEnd: MEETING_END, retentionDays: 30 },
        notErasable: [LEGACY_ENTRY],
      }),
    );
    expect(await contacts()).toEqual({ [acme]: '[erased]', [LEGACY_ENTRY]: LEGACY });

    await retention.reconcile();
    expect(await erasures()).toHaveLength(1);
  });
});
