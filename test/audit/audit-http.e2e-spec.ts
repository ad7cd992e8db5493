import Database from 'better-sqlite3';
import { join } from 'node:path';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

const MEETING = 'trafficking-2013';
const LIST_STREAM = `list-${MEETING}.civil-society`;
const CORRELATION = 'audit-test-correlation-1';

interface EventView {
  position: string;
  streamId: string;
  revision: number;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recordedAt: string;
  hash: string | null;
  previousHash: string | null;
}

async function seed(t: TestApp): Promise<void> {
  const steps = procedure(t, MEETING);
  const meeting = { id: MEETING, title: 'Trafficking in persons', timezone: 'America/New_York' };
  const created = await t.inject({
    method: 'POST',
    url: '/v1/meetings',
    headers: { ...bearer('pga'), 'x-correlation-id': CORRELATION },
    payload: meeting,
  });
  expect(created.statusCode).toBe(201);
  await steps.createList('civil-society', 'non-objection');
  await steps.propose('civil-society', [org('Polaris Project', 'USA'), org('Fundación Esperanza', 'COL')]);
  await steps.createList('ecosoc', 'ecosoc');
  await steps.propose('civil-society', [org('La Strada International', 'NLD'), org('KOK', 'DEU'), org('ECPAT', 'THA')]);
}

describe('HTTP: audit', () => {
  let t: TestApp;
  const get = (url: string, role = 'auditor', state?: string) => t.inject({ method: 'GET', url, headers: bearer(role, state) });
  const events = async (query: string, role = 'auditor') => {
    const response = await get(`/v1/audit/events${query}`, role);
    expect(response.statusCode).toBe(200);
    return response.json() as { events: EventView[]; next: string | null };
  };
  async function all(query: string): Promise<{ pages: number; events: EventView[] }> {
    const collected: EventView[] = [];
    let pages = 0;
    for (let after: string | null = ''; after !== null; pages += 1) {
      const page = await events(`${query}${after ? `&after=${after}` : ''}`);
      collected.push(...page.events);
      after = page.next;
      if (after !== null) expect(after).toBe(page.events[page.events.length - 1].position);
    }
    return { pages, events: collected };
  }

  beforeAll(async () => {
    t = await startTestApp();
    await seed(t);
  });
  afterAll(() => t?.close());

  it.each(['/v1/audit/events', '/v1/audit/verification'])(
    '%s: auditor and pga may read, Member States and observers get 403',
    async (url) => {
      expect((await get(url, 'auditor')).statusCode).toBe(200);
      expect((await get(url, 'pga')).statusCode).toBe(200);
      for (const [role, state] of [
        ['member-state', 'FRA'],
        ['observer', 'VAT'],
      ]) {
        const refused = await get(url, role, state);
        expect({ status: refused.statusCode, code: refused.json().code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      }
      expect((await t.inject({ method: 'GET', url })).statusCode).toBe(401);
    },
  );

  it('gives every event in global order with its actor, correlation and causation ids and its hashes', async () => {
    const { events: log, next } = await events('?limit=1000');
    expect(next).toBeNull();
    expect(log).toHaveLength(await t.eventCount());
    log.slice(1).forEach((e, i) => expect(BigInt(e.position)).toBeGreaterThan(BigInt(log[i].position)));
    const first = log[0];
    expect(first).toMatchObject({
      streamId: `meeting-${MEETING}`,
      revision: 0,
      previousHash: null,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(first.metadata).toMatchObject({
      correlationId: CORRELATION,
      causationId: expect.any(String),
      actor: { role: 'pga', subject: expect.any(String) },
      occurredAt: expect.stringMatching(/Z$/),
      schemaVersion: expect.any(Number),
    });
    expect(first.metadata).not.toHaveProperty('hash');
    expect(first.metadata).not.toHaveProperty('previousHash');
    const list = log.filter((e) => e.streamId === LIST_STREAM);
    list.slice(1).forEach((e, i) => expect(e.previousHash).toBe(list[i].hash));
  });

  it('pages with after and next, 100 events by default', async () => {
    const whole = (await events('')).events;
    const paged = await all('?limit=2');
    expect(paged.events).toEqual(whole);
    expect(paged.pages).toBe(Math.ceil(whole.length / 2));
  });

  it('filters one stream; after is a global position, also with a stream', async () => {
    const whole = (await events('')).events;
    const stream = whole.filter((e) => e.streamId === LIST_STREAM);
    expect(stream.length).toBeGreaterThan(2);
    expect((await all(`?stream=${LIST_STREAM}&limit=1`)).events).toEqual(stream);
    expect((await events(`?stream=${LIST_STREAM}&after=${stream[1].position}`)).events).toEqual(stream.slice(2));
    const between = whole.find((e) => e.streamId !== LIST_STREAM && BigInt(e.position) > BigInt(stream[0].position))!;
    expect((await events(`?stream=${LIST_STREAM}&after=${between.position}`)).events).toEqual(
      stream.filter((e) => BigInt(e.position) > BigInt(between.position)),
    );
    expect(await events(`?stream=${LIST_STREAM}&after=${whole[whole.length - 1].position}`)).toEqual({ events: [], next: null });
    expect(await events('?stream=no-such-stream')).toEqual({ events: [], next: null });
  });

  it.each(['limit=0', 'limit=1001', 'limit=ten', 'limit=1.5', 'after=-1', 'after=abc', 'after=', 'stream=', 'since=3'])(
    'refuses ?%s with 400 VALIDATION_FAILED',
    async (query) => {
      const response = await get(`/v1/audit/events?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ field: query.split('=')[0] })],
      });
    },
  );

  it('verifies the chains of a clean log', async () => {
    const response = await get('/v1/audit/verification');
    expect(response.json()).toEqual({ ok: true, eventsChecked: await t.eventCount() });
  });
});

describe('HTTP: audit of a tampered file', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seed(t);
  });
  afterAll(() => t?.close());

  it('answers ok: false with the first broken event', async () => {
    const { events } = (await t.inject({ method: 'GET', url: `/v1/audit/events?stream=${LIST_STREAM}`, headers: bearer('pga') })).json();
    const target = events[1] as EventView;
    const db = new Database(join(t.dataDir, 'events.db'));
    try {
      db.prepare(`UPDATE events SET data = json_set(data, '$.tampered', 1) WHERE position = ?`).run(Number(target.position));
    } finally {
      db.close();
    }
    const response = await t.inject({ method: 'GET', url: '/v1/audit/verification', headers: bearer('auditor') });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ok: false,
      eventsChecked: expect.any(Number),
      firstBroken: { position: target.position, streamId: LIST_STREAM, revision: 1, reason: 'hash mismatch', detail: expect.any(String) },
    });
  });
});
