import { org, procedure } from '../support/procedure';
import { createTestDatabase, TestDatabase } from '../support/postgres-database';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

const DEADLINE = '2013-04-26T18:00:00-04:00';

/** The whole engine on the PostgreSQL store: two processes (two apps) share one database, as a deployment would. */
describe('engine on PostgreSQL', () => {
  let database: TestDatabase;
  let t: TestApp;
  let other: TestApp;
  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { EVENTSTORE_POSTGRES_URL: database.url };
    t = await startTestApp({ env, now: '2013-04-19T15:00:00Z' });
    other = await startTestApp({ env, now: '2013-04-19T15:00:00Z' });
  });
  afterAll(async () => {
    await Promise.all([t?.close(), other?.close()]);
    await database?.drop();
  });

  it('runs meeting, list, batch, objection and closure, and the audit verifies every hash chain', async () => {
    const p = procedure(t);
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    const [strada, polaris] = await p.propose('other-ngos', [org('La Strada International', 'NLD'), org('Polaris Project', 'USA')]);
    expect(await p.submit('other-ngos', DEADLINE)).toMatchObject({ batch: 1, entryIds: [strada, polaris] });
    expect((await p.object('other-ngos', polaris, 'RUS', { reason: 'Not relevant' })).statusCode).toBe(201);
    t.clock.set('2013-04-26T22:00:01Z');
    expect((await p.close('other-ngos', 1)).statusCode).toBe(200);
    const list = await p.list('other-ngos');
    expect(list.entries.map((e: { status: string }) => e.status)).toEqual(['approved', 'objected']);

    const verification = await t.inject({ method: 'GET', url: '/v1/audit/verification', headers: bearer('auditor') });
    // `foreignEvents`: the verification goes through the port, as on EventStoreDB; this log holds only the engine's events.
    expect(verification.json()).toEqual({ ok: true, eventsChecked: await t.eventCount(), foreignEvents: 0 });
  });

  it('answers an Idempotency-Key repeated to another process with the first answer, running the command once', async () => {
    const p = procedure(t, 'key-meeting');
    await p.createMeeting();
    await p.createList('ngos', 'non-objection');
    const url = `${p.base}/lists/ngos/entries`;
    const headers = { ...bearer('pga'), 'idempotency-key': 'proposal-across-processes' };
    const payload = { organization: org('Anti-Slavery International', 'GBR') };
    const first = await t.inject({ method: 'POST', url, headers, payload });
    expect(first.statusCode).toBe(201);
    const count = await t.eventCount();
    const again = await other.inject({ method: 'POST', url, headers, payload });
    expect({ status: again.statusCode, body: again.json() }).toEqual({ status: 201, body: first.json() });
    expect(await other.eventCount()).toBe(count);
  });
});
