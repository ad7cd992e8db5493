import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp, TestResponse } from '../support/test-app';
import { bearer } from '../support/tokens';

/** Long enough never to time out on a busy machine while the projections run; a stalled runner always times out. */
const WAIT_MS = '1500';

/** The log as far as a refused request could change it: its size and its last event's hash. */
async function logState(t: TestApp) {
  const events = [];
  for (
    let page = await t.store.readAll();
    page.length > 0;
    page = await t.store.readAll({ fromPosition: page[page.length - 1].position })
  ) {
    events.push(...page);
  }
  const last = events[events.length - 1];
  return { count: events.length, lastPosition: last?.position, lastHash: last?.metadata.hash };
}

function expectTimeout(response: TestResponse): void {
  expect(response.statusCode).toBe(503);
  expect(response.json()).toMatchObject({ statusCode: 503, code: 'PROJECTION_TIMEOUT' });
}

describe('an Idempotency-Key repeated after a projection timeout', () => {
  let t: TestApp;
  let runner: ProjectionRunner;
  let p: ReturnType<typeof procedure>;
  beforeEach(async () => {
    t = await startTestApp({ env: { PROJECTION_WAIT_MS: WAIT_MS } });
    runner = t.app.get(ProjectionRunner);
    p = procedure(t);
  });
  afterEach(async () => t?.close());

  const meeting = { id: 'trafficking-2013', title: 'Trafficking in persons', timezone: 'America/New_York' };
  const key = (value: string) => ({ ...bearer('pga'), 'idempotency-key': value });

  it('answers what the first request would have answered, and the command is not run again', async () => {
    await runner.stop();
    expectTimeout(await p.post('/v1/meetings', meeting, key('create-2013')));
    const written = await logState(t);
    expect(written.count).toBe(1);

    expectTimeout(await p.post('/v1/meetings', meeting, key('create-2013')));
    expect(await logState(t)).toEqual(written);

    await runner.start();
    const retry = await p.post('/v1/meetings', meeting, key('create-2013'));
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual({ id: 'trafficking-2013', position: written.lastPosition });
    expect((await p.post('/v1/meetings', meeting, key('create-2013'))).json()).toEqual(retry.json());
    expect(await logState(t)).toEqual(written);
    expect((await p.get('/v1/meetings/trafficking-2013')).statusCode).toBe(200);
  });

  it('rebuilds an answer made from the events (the proposed entry ids) without deciding again', async () => {
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    const url = `${p.base}/lists/other-ngos/entries`;
    const body = { organizations: [org('Anti-Slavery International', 'GBR'), org('ECPAT', 'THA')] };
    await runner.stop();
    expectTimeout(await p.post(url, body, key('proposal-1')));
    const written = await logState(t);
    await runner.start();

    const retry = await p.post(url, body, key('proposal-1'));
    expect(retry.statusCode).toBe(201);
    const entries = (await p.list('other-ngos')).entries as Array<{ id: string }>;
    expect(retry.json()).toEqual({ entryIds: entries.map((e) => e.id), position: written.lastPosition });
    expect(await logState(t)).toEqual(written);
  });

  it('refuses the key with another body after a timeout, storing nothing and changing no view', async () => {
    await runner.stop();
    expectTimeout(await p.post('/v1/meetings', meeting, key('create-2013')));
    await runner.start();
    const before = { log: await logState(t), view: (await p.get('/v1/meetings/trafficking-2013')).json() };

    const reused = await p.post('/v1/meetings', { ...meeting, title: 'Another title' }, key('create-2013'));
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: 'Idempotency-Key "create-2013" was already used with another request body or route.',
    });
    expect({ log: await logState(t), view: (await p.get('/v1/meetings/trafficking-2013')).json() }).toEqual(before);
  });

  it('keeps no key for a refused command: once the refusal is fixed, the same key runs it', async () => {
    const list = { id: 'other-ngos', kind: 'non-objection', title: 'Other NGOs' };
    const before = await logState(t);
    const refused = await p.post(`${p.base}/lists`, list, key('list-1'));
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no meeting "trafficking-2013"; create the meeting before its lists.',
    });
    expect(await logState(t)).toEqual(before);

    await p.createMeeting();
    expect((await p.post(`${p.base}/lists`, list, key('list-1'))).statusCode).toBe(201);
    expect((await p.list('other-ngos')).title).toBe('Other NGOs');
  });

  it('runs one of two requests with one key sent together; the other answers its answer', async () => {
    const [first, second] = await Promise.all([1, 2].map(() => p.post('/v1/meetings', meeting, key('create-together'))));
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.json()).toEqual(first.json());
    expect((await logState(t)).count).toBe(1);
  });
});

describe('an Idempotency-Key after IDEMPOTENCY_TTL_MS', () => {
  let t: TestApp;
  beforeEach(async () => (t = await startTestApp({ env: { IDEMPOTENCY_TTL_MS: '60000' } })));
  afterEach(async () => t?.close());

  const headers = { ...bearer('pga'), 'idempotency-key': 'create-once' };
  const create = (title: string) =>
    t.inject({ method: 'POST', url: '/v1/meetings', headers, payload: { id: 'm-2013', title, timezone: 'America/New_York' } });

  it('answers the first answer until it expires, then runs the request as new', async () => {
    const first = await create('Trafficking in persons');
    t.clock.advance(60_000);
    expect((await create('Trafficking in persons')).json()).toEqual(first.json());

    t.clock.advance(1);
    const count = await t.eventCount();
    const asNew = await create('Trafficking in persons');
    expect(asNew.statusCode).toBe(409);
    expect(asNew.json()).toMatchObject({ code: 'ALREADY_EXISTS' });
    expect(await t.eventCount()).toBe(count);
  });

  it('forgets an expired key even when used with another body: no 422, the request runs', async () => {
    await create('Trafficking in persons');
    t.clock.advance(60_001);
    const other = await create('Another title');
    expect(other.json()).toMatchObject({ code: 'ALREADY_EXISTS' });
  });
});
