import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';
import { temporaryDirectory } from '../support/temporary-directory';
import { bearer } from '../support/tokens';
import {
  allPages,
  auditGet,
  EventView,
  LIST_STREAM,
  MEETING,
  MEETING_CORRELATION,
  OTHER_MEETING,
  seedHistory,
} from './audit-history.fixtures';

describe('HTTP: the audit history (index, filters, order)', () => {
  let t: TestApp;
  let log: EventView[];
  let between: string;
  const dir = temporaryDirectory();
  const get = (url: string, role = 'auditor', state?: string) => t.inject({ method: 'GET', url, headers: bearer(role, state) });
  const types = (events: EventView[]) => events.map((e) => e.type);

  beforeAll(async () => {
    t = await startTestApp({ dataDir: dir.path });
    ({ between } = await seedHistory(t));
    log = await allPages(t, 'limit=1000');
  });
  afterAll(async () => {
    await t?.close();
    dir.remove();
  });

  it('numbers every event by its place in the log: 0 for the first, no gap', async () => {
    expect(log.length).toBe(await t.eventCount());
    expect(log.map((e) => e.index)).toEqual(log.map((_, i) => i));
    const paged = await allPages(t, 'limit=3');
    expect(paged).toEqual(log);
  });

  it('filters by meeting, and by stream under both names', async () => {
    const ofMeeting = await allPages(t, `meetingId=${MEETING}`);
    expect(ofMeeting.length).toBeGreaterThan(5);
    expect(ofMeeting.every((e) => e.streamId.includes(MEETING))).toBe(true);
    expect(ofMeeting).toEqual(log.filter((e) => e.streamId.includes(MEETING)));
    expect((await allPages(t, `meetingId=${OTHER_MEETING}`)).map((e) => e.streamId)).toEqual([
      `meeting-${OTHER_MEETING}`,
      `list-${OTHER_MEETING}.ngos`,
    ]);
    const ofStream = log.filter((e) => e.streamId === LIST_STREAM);
    expect(await allPages(t, `streamId=${LIST_STREAM}&limit=2`)).toEqual(ofStream);
    expect(await allPages(t, `stream=${LIST_STREAM}&limit=2`)).toEqual(ofStream);
  });

  it('filters by one type or several (type repeated)', async () => {
    expect(types(await allPages(t, 'type=BatchClosed'))).toEqual(['BatchClosed']);
    const several = await allPages(t, 'type=EntryObjected&type=ObjectionRaised&type=ListCreated&limit=1');
    expect(several).toEqual(log.filter((e) => ['EntryObjected', 'ObjectionRaised', 'ListCreated'].includes(e.type)));
  });

  it('filters by actor role, actor State and correlation id', async () => {
    expect(types(await allPages(t, 'actorState=FRA'))).toEqual(['ObjectionRaised']);
    const bySystem = await allPages(t, 'actorRole=system');
    expect(bySystem.length).toBeGreaterThan(0);
    expect(bySystem.every((e) => e.metadata.actor.role === 'system')).toBe(true);
    expect(types(await allPages(t, 'actorRole=member-state'))).toEqual(['ObjectionRaised']);
    const correlated = await allPages(t, `correlationId=${MEETING_CORRELATION}`);
    expect(correlated.map((e) => e.streamId)).toEqual([`meeting-${MEETING}`]);
  });

  it('filters by recordedAt between from and to (inclusive), with the other filters', async () => {
    const before = await allPages(t, `to=${between}`);
    const after = await allPages(t, `from=${between}`);
    expect([...before, ...after]).toEqual(log);
    expect(after.map((e) => e.streamId)).toEqual([`meeting-${OTHER_MEETING}`, `list-${OTHER_MEETING}.ngos`]);
    const exact = log[3].recordedAt;
    expect((await allPages(t, `from=${exact}&to=${exact}`)).every((e) => e.recordedAt === exact)).toBe(true);
    expect(await allPages(t, `from=${between}&meetingId=${MEETING}`)).toEqual([]);
  });

  it('pages newest first with order=desc: next is a `before` cursor', async () => {
    const first = await auditGet(t, '/v1/audit/events?order=desc&limit=2');
    expect(first.events).toEqual(log.slice(-2).reverse());
    expect(first.next).toBe(log[log.length - 2].position);
    expect(await allPages(t, 'order=desc&limit=4')).toEqual([...log].reverse());
    const ofMeeting = await allPages(t, `order=desc&meetingId=${MEETING}&type=ObjectionRaised&type=BatchSubmitted&limit=1`);
    expect(types(ofMeeting)).toEqual(['ObjectionRaised', 'BatchSubmitted']);
    const last = await auditGet(t, `/v1/audit/events?order=desc&before=${log[0].position}`);
    expect(last).toEqual({ events: [], next: null });
  });

  it('answers with the events of a command answered just before (read-your-writes)', async () => {
    const created = await t.inject({
      method: 'POST',
      url: '/v1/meetings',
      headers: bearer('pga'),
      payload: { id: 'fresh-meeting', title: 'Fresh', timezone: 'UTC' },
    });
    expect(created.statusCode).toBe(201);
    const page = await auditGet(t, '/v1/audit/events?meetingId=fresh-meeting');
    expect(page.events.map((e) => e.position)).toEqual([created.json().position]);
  });

  it('lets auditor and pga read both routes; Member States and observers get 403', async () => {
    const position = log[0].position;
    for (const url of ['/v1/audit/events', `/v1/audit/events/${position}`]) {
      expect((await get(url, 'pga')).statusCode).toBe(200);
      expect((await get(url, 'member-state', 'FRA')).statusCode).toBe(403);
      expect((await get(url, 'observer', 'VAT')).statusCode).toBe(403);
    }
  });

  it.each([
    ['order=sideways', 'order'],
    ['actorRole=king', 'actorRole'],
    ['actorState=france', 'actorState'],
    ['meetingId=A', 'meetingId'],
    ['from=yesterday', 'from'],
    ['to=2013-13-01T00:00:00Z', 'to'],
    ['before=abc&order=desc', 'before'],
    ['before=3', 'before'],
    ['after=3&order=desc', 'after'],
    ['from=2013-05-02T00:00:00Z&to=2013-05-01T00:00:00Z', 'to'],
    ['stream=a&streamId=b', 'streamId'],
  ])('refuses ?%s with 400 VALIDATION_FAILED naming %s', async (query, field) => {
    const response = await get(`/v1/audit/events?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field })] });
  });

  it('refuses a position that is not a number (400) and answers 404 for one that holds no event', async () => {
    expect((await get('/v1/audit/events/abc')).statusCode).toBe(400);
    const missing = await get('/v1/audit/events/999999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rebuilds a deleted index from the log, with the same answers', async () => {
    const before = await allPages(t, 'limit=1000');
    await t.close();
    for (const file of ['audit-index.db', 'audit-index.db-wal', 'audit-index.db-shm']) rmSync(join(dir.path, file), { force: true });
    t = await startTestApp({ dataDir: dir.path, now: '2013-05-04T00:00:00Z' });
    expect(await allPages(t, 'limit=1000')).toEqual(before);
    expect(await allPages(t, `meetingId=${MEETING}&order=desc`)).toEqual(before.filter((e) => e.streamId.includes(MEETING)).reverse());
  });
});
