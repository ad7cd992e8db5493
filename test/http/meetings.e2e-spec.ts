import { bearer } from '../support/tokens';
import { startTestApp, TestApp } from '../support/test-app';

describe('HTTP: meetings', () => {
  let t: TestApp;
  beforeEach(async () => (t = await startTestApp()));
  afterEach(() => t.close());

  const create = (body: object, headers: Record<string, string> = bearer('pga')) =>
    t.inject({ method: 'POST', url: '/v1/meetings', headers, payload: body });
  const meeting = { id: 'trafficking-2013', title: 'Trafficking in persons', timezone: 'America/New_York', mandate: ['A/RES/67/190'] };

  it('creates a meeting and reads it back at once (read-your-writes)', async () => {
    const created = await create(meeting);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: 'trafficking-2013', position: expect.stringMatching(/^\d+$/) });
    const read = await t.inject({ method: 'GET', url: '/v1/meetings/trafficking-2013', headers: bearer('observer', 'VAT') });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      id: 'trafficking-2013',
      title: 'Trafficking in persons',
      timezone: 'America/New_York',
      policy: { objectionDisclosure: 'organizations', objectedGoToGeneralAssembly: false, reminders: ['PT72H', 'PT24H'] },
      programme: [],
      panels: [],
      arrangements: { status: 'open' },
    });
    expect(read.json().openingSpeakers.map((s: { role: string }) => s.role)).toEqual([
      'president-of-the-general-assembly',
      'secretary-general',
      'executive-director-unodc',
    ]);
  });

  it('takes the correlation id from the request into the answer and every event, with the actor and the clock', async () => {
    t.clock.set('2013-03-01T15:00:00Z');
    const created = await create(meeting, { ...bearer('pga'), 'x-correlation-id': 'letter-2013-188' });
    expect(created.headers['x-correlation-id']).toBe('letter-2013-188');
    const [event] = await t.store.readStream('meeting-trafficking-2013');
    expect(event.metadata).toMatchObject({
      correlationId: 'letter-2013-188',
      causationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      actor: { role: 'pga', subject: 'pga-user' },
      occurredAt: '2013-03-01T15:00:00.000Z',
      schemaVersion: 1,
    });
  });

  it('makes a correlation id when the request has none', async () => {
    const created = await create(meeting);
    expect(created.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a taken id with ALREADY_EXISTS and stores nothing more', async () => {
    await create(meeting);
    const before = await t.eventCount();
    const again = await create(meeting);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ statusCode: 409, code: 'ALREADY_EXISTS' });
    expect(await t.eventCount()).toBe(before);
  });

  it('refuses a malformed body field by field and stores nothing', async () => {
    const bad = await create({ id: 'X', title: '', timezone: 'Mars/Olympus', policy: { reminders: ['72 hours'] }, extra: 1 });
    expect(bad.statusCode).toBe(400);
    const body = bad.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details.map((d: { field: string }) => d.field).sort()).toEqual(
      ['extra', 'id', 'policy.reminders', 'timezone', 'title'].sort(),
    );
    expect(await t.eventCount()).toBe(0);
  });

  it('answers 401 without a token or with a bad one, and 403 for a role that may not create', async () => {
    expect((await create(meeting, {})).json()).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    expect((await create(meeting, { authorization: 'Bearer not-a-token' })).statusCode).toBe(401);
    for (const [role, state] of [
      ['member-state', 'FRA'],
      ['observer', 'VAT'],
      ['auditor', undefined],
    ] as const) {
      const refused = await create(meeting, bearer(role, state));
      expect(refused.json()).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    }
    expect(await t.eventCount()).toBe(0);
  });

  it('answers 404 for a meeting that does not exist and 400 for a malformed id', async () => {
    const missing = await t.inject({ method: 'GET', url: '/v1/meetings/no-such-meeting', headers: bearer('auditor') });
    expect(missing.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    const malformed = await t.inject({ method: 'GET', url: '/v1/meetings/NO', headers: bearer('auditor') });
    expect(malformed.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('reports the store and the projections on /health without a token', async () => {
    const health = await t.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', info: { eventStore: { status: 'up' }, projections: { status: 'up' } } });
  });

  it('serves the OpenAPI document', async () => {
    const docs = await t.inject({ method: 'GET', url: '/docs-json' });
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json().paths)).toEqual(expect.arrayContaining(['/v1/meetings', '/v1/meetings/{meetingId}']));
  });
});
