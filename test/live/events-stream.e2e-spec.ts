import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LiveBroadcaster } from '../../src/live/live-broadcaster';
import { LiveMessage, LiveReader, shortly } from '../support/live-reader';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { JwtService } from '@nestjs/jwt';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config';

const DEADLINE = '2013-04-26T18:00:00-04:00';
const LIST = 'other-ngos';
const DRAFT = 'draft-ngos';

/** Who reads a stream in this story: each role, and Member States with and without a part in the objections. */
const READERS = {
  pga: bearer('pga'),
  auditor: bearer('auditor'),
  observer: bearer('observer', 'VAT'),
  ITA: bearer('member-state', 'ITA'),
  FRA: bearer('member-state', 'FRA'),
  DEU: bearer('member-state', 'DEU'),
  GBR: bearer('member-state', 'GBR'),
};
type Reader = keyof typeof READERS;

describe('HTTP: GET /v1/events/stream (live updates)', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  const live: Partial<Record<Reader, LiveReader>> = {};
  const isMarker = (m: LiveMessage) => m.view === 'list' && m.listId === 'marker';

  beforeAll(async () => {
    t = await startTestApp({ now: '2013-04-19T15:00:00Z' });
    p = procedure(t);
    for (const [name, headers] of Object.entries(READERS)) live[name as Reader] = await LiveReader.open(t, headers);
    await tellTheStory();
    await Promise.all(Object.values(live).map((reader) => reader.until(isMarker)));
  });
  afterAll(async () => {
    Object.values(live).forEach((reader) => reader.close());
    await t?.close();
  });

  /** A meeting with a list under consideration (objections by two States, one withdrawn) and a list still being drawn up. */
  async function tellTheStory(): Promise<void> {
    await p.createMeeting();
    await p.createList(LIST, 'non-objection');
    const [walkFree, polaris] = await p.propose(LIST, [org('Walk Free', 'AUS'), org('Polaris Project', 'USA')]);
    await p.submit(LIST, DEADLINE);
    await p.createList(DRAFT, 'non-objection');
    await p.propose(DRAFT, [org('La Strada', 'NLD')]);
    expect((await p.object(LIST, walkFree, 'FRA', { reason: 'Not independent.', onBehalfOf: ['DEU'] })).statusCode).toBe(201);
    expect((await p.object(LIST, polaris, 'GBR')).statusCode).toBe(201);
    const withdrawn = await p.del(`${p.base}/lists/${LIST}/entries/${walkFree}/objections/mine`, bearer('member-state', 'FRA'));
    expect(withdrawn.statusCode).toBe(200);
    await p.createList('marker', 'ecosoc');
  }

  /** What every reader sees, up to the objections. */
  const SHARED_START = ['meetings', 'meeting', `lists/${LIST}`, `list/${LIST}`, `list/${LIST}`, `list/${LIST}`];
  const SUBMITTED = [`lists/${LIST}`, `list/${LIST}`];
  const DRAFTED = [`lists/${DRAFT}`, `list/${DRAFT}`, `list/${DRAFT}`];
  const MARKER = ['lists/marker', 'list/marker'];
  const OBJECTION_TO_STATE = [`list/${LIST}`, `pending/${LIST}`];

  it('answers 401 without a token, and 400 to a Last-Event-ID that is no position', async () => {
    const anonymous = await t.inject({ method: 'GET', url: '/v1/events/stream' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const bad = await t.inject({ method: 'GET', url: '/v1/events/stream', headers: { ...READERS.pga, 'last-event-id': 'yesterday' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('Last-Event-ID') });
  });

  it('streams text/event-stream, uncached, opening with a comment', () => {
    const { response, comments } = live.pga!;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(comments[0]).toBe('live updates');
  });

  it('names the views each command changed, with the position as id, in log order', () => {
    const messages = live.pga!.messages;
    expect(messages.every((m) => m.id === m.position && m.meetingId === 'trafficking-2013')).toBe(true);
    const positions = messages.map((m) => BigInt(m.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it.each([
    ['pga', [`list/${LIST}`, `list/${LIST}`, `list/${LIST}`]],
    ['auditor', [`list/${LIST}`, `list/${LIST}`, `list/${LIST}`]],
    ['observer', []],
  ] as const)('sends %s the objections it may read of, and everything else', (reader, objections) => {
    expect(live[reader]!.messages.map(shortly)).toEqual([...SHARED_START, ...SUBMITTED, ...DRAFTED, ...objections, ...MARKER]);
  });

  it.each([
    // FRA objected (on behalf of DEU too) and withdrew; GBR objected; ITA did neither.
    ['FRA', [...OBJECTION_TO_STATE, ...OBJECTION_TO_STATE]],
    ['DEU', [...OBJECTION_TO_STATE, ...OBJECTION_TO_STATE]],
    ['GBR', OBJECTION_TO_STATE],
    ['ITA', []],
  ] as const)('sends Member State %s its pending batches and only the objections that are its business', (reader, objections) => {
    const submitted = [...SUBMITTED, `pending/${LIST}`];
    expect(live[reader]!.messages.map(shortly)).toEqual([...SHARED_START, ...submitted, ...DRAFTED, ...objections, ...MARKER]);
  });

  it.each(['pga', 'GBR', 'observer'] as const)(
    'resumes %s after Last-Event-ID with the same messages, none lost or twice',
    async (name) => {
      const seen = [...live[name]!.messages];
      const from = seen[6];
      const resumed = await LiveReader.open(t, { ...READERS[name], 'last-event-id': from.id });
      const later = await p.createList(`later-${name.toLowerCase()}`, 'ecosoc');
      await resumed.until((m) => m.listId === `later-${name.toLowerCase()}` && m.view === 'list');
      resumed.close();
      const expected = [
        ...seen.filter((m) => BigInt(m.position) > BigInt(from.position)).map(shortly),
        `lists/later-${name.toLowerCase()}`,
      ];
      expect(resumed.messages.map(shortly)).toEqual([...expected, `list/later-${name.toLowerCase()}`]);
      expect(resumed.messages.at(-1)!.position).toBe(later.position);
    },
  );

  it('resumes from the start of the log with the same filter as live', async () => {
    const resumed = await LiveReader.open(t, { ...READERS.DEU, 'last-event-id': '0' });
    await resumed.until(isMarker);
    resumed.close();
    const upToMarker = (messages: LiveMessage[]) => messages.slice(0, messages.findIndex(isMarker) + 1).map(shortly);
    expect(upToMarker(resumed.messages)).toEqual(upToMarker(live.DEU!.messages));
  });

  it("ends the stream when the caller's token expires", async () => {
    const jwt = new JwtService({ secret: DEVELOPMENT_JWT_SECRET, signOptions: { algorithm: 'HS256' } });
    const shortLived = jwt.sign({ sub: 'pga-short', role: 'pga' }, { expiresIn: '2s' });
    const reader = await LiveReader.open(t, { authorization: `Bearer ${shortLived}` });
    expect(reader.response.status).toBe(200);
    const ended = await Promise.race([
      reader.ended.then(() => 'ended'),
      new Promise((resolve) => setTimeout(() => resolve('open'), 5_000)),
    ]);
    expect(ended).toBe('ended');
  });

  it('keeps at most 5 streams per caller: a sixth ends the oldest', async () => {
    const caller = bearer('member-state', 'KEN', 'ken-many-tabs');
    const readers: LiveReader[] = [];
    for (let i = 0; i < 6; i++) readers.push(await LiveReader.open(t, caller));
    await readers[0].ended;
    const stillOpen = await Promise.race([
      readers[1].ended.then(() => false),
      new Promise((resolve) => setTimeout(() => resolve(true), 200)),
    ]);
    expect(stillOpen).toBe(true);
    readers.forEach((reader) => reader.close());
  });

  it('forgets a stream once its client disconnects', async () => {
    const broadcaster = t.app.get(LiveBroadcaster, { strict: false });
    // The story's readers stay open; those of the tests above end.
    const before = Object.keys(READERS).length;
    await waitUntil(() => broadcaster.openStreams === before);
    const reader = await LiveReader.open(t, bearer('auditor', undefined, 'auditor-leaving'));
    await waitUntil(() => broadcaster.openStreams === before + 1);
    reader.close();
    await waitUntil(() => broadcaster.openStreams === before);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not so after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
