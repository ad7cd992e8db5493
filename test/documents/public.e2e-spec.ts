import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROGRAMME_2013 } from '../arrangements/arrangements.fixtures';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { download, readCsv } from './download';

const MEETING = 'trafficking-2013';
const PUBLIC = `/v1/public/meetings/${MEETING}`;
const WEBCAST = 'https://webtv.un.org/en/asset/k1x/k1xyz';

/** The programme of the founding resolution as a client sends it, the opening plenary webcast. */
const SEGMENTS = PROGRAMME_2013.map(({ startsAt, endsAt, ...segment }) => ({
  ...segment,
  startsAt: startsAt.toISOString(),
  ...(endsAt ? { endsAt: endsAt.toISOString() } : {}),
  ...(segment.id === 'opening-plenary' ? { webcastUrl: WEBCAST } : {}),
}));

interface CalendarEvent {
  [property: string]: string;
}

/** RFC 5545 read back: lines unfolded, then each VEVENT's properties (parameters dropped, text unescaped). */
function parseCalendar(text: string): CalendarEvent[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: CalendarEvent[] = [];
  let current: CalendarEvent | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0];
      current[name] = line
        .slice(colon + 1)
        .replace(/\\([,;\\])/g, '$1')
        .replace(/\\n/gi, '\n');
    }
  }
  return events;
}

describe('HTTP: the public routes (no token): the meeting, its programme feed and its organizations', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;

  beforeAll(async () => {
    t = await startTestApp({ now: '2013-04-19T15:00:00Z' });
    p = procedure(t, MEETING);
    await p.createMeeting({ objectionDisclosure: 'organizations' });
    expect((await p.put(`${p.base}/programme`, { segments: SEGMENTS })).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('gives the meeting and its programme without a token, in the contract shape, with the webcast link', async () => {
    const answer = await download(t, PUBLIC);
    expect(answer.statusCode).toBe(200);
    const meeting = answer.json();
    expect(Object.keys(meeting)).toEqual(['id', 'title', 'timezone', 'startsAt', 'programme']);
    expect(meeting).toMatchObject({ id: MEETING, title: 'Trafficking in persons', timezone: 'America/New_York' });
    expect(meeting.startsAt).toBe('2013-05-13T13:00:00.000Z');
    expect(meeting.programme).toHaveLength(SEGMENTS.length);
    expect(meeting.programme[0]).toEqual({
      id: 'opening-plenary',
      kind: 'opening-plenary',
      title: 'Opening plenary meeting',
      startsAt: '2013-05-13T13:00:00.000Z',
      endsAt: '2013-05-13T14:00:00.000Z',
      startsAtLocal: '2013-05-13T09:00:00-04:00',
      endsAtLocal: '2013-05-13T10:00:00-04:00',
      webcastUrl: WEBCAST,
    });
    expect(answer.text()).not.toMatch(/policy|openingSpeakers|survivor/);
    expect((await download(t, '/v1/public/meetings/no-such-meeting')).json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('refuses a webcast link that is not https', async () => {
    const segments = SEGMENTS.map((s, i) => (i === 1 ? { ...s, webcastUrl: 'http://webtv.un.org/' } : s));
    const refused = await p.put(`${p.base}/programme`, { segments });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('is cacheable: a strong ETag, public max-age, and 304 with no body for If-None-Match', async () => {
    for (const url of [PUBLIC, `${PUBLIC}/programme.ics`, `${PUBLIC}/organizations`, `${PUBLIC}/organizations?format=csv`]) {
      const first = await download(t, url);
      expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      expect((await download(t, url)).headers.etag).toBe(first.headers.etag);
      const again = await download(t, url, { 'if-none-match': `W/"other", ${first.headers.etag}` });
      expect(again.statusCode).toBe(304);
      expect(again.bytes.length).toBe(0);
      expect((await download(t, url, { 'if-none-match': '"stale"' })).statusCode).toBe(200);
    }
  });

  it('is a calendar feed: one event per segment in UTC, the webcast as URL, UIDs that survive an edit of the programme', async () => {
    const feed = await download(t, `${PUBLIC}/programme.ics`);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = parseCalendar(feed.text());
    expect(events).toHaveLength(SEGMENTS.length);
    const opening = events.find((e) => e.UID === `opening-plenary.${MEETING}@nihil-obstat`)!;
    expect(opening).toMatchObject({
      DTSTART: '20130513T130000Z',
      DTEND: '20130513T140000Z',
      SUMMARY: 'Opening plenary meeting',
      URL: WEBCAST,
    });
    const panel = events.find((e) => e.UID === `panel-1.${MEETING}@nihil-obstat`)!;
    expect(panel.DESCRIPTION).toBe(SEGMENTS[2].theme);

    const moved = SEGMENTS.map((s) => (s.id === 'panel-2' ? { ...s, title: 'Interactive panel discussion 2 (moved)' } : s));
    expect((await p.put(`${p.base}/programme`, { segments: moved })).statusCode).toBe(200);
    const edited = await download(t, `${PUBLIC}/programme.ics`);
    expect(edited.headers.etag).not.toBe(feed.headers.etag);
    const after = parseCalendar(edited.text());
    expect(after.map((e) => e.UID)).toEqual(events.map((e) => e.UID));
    expect(after.find((e) => e.UID === `panel-2.${MEETING}@nihil-obstat`)!.SUMMARY).toBe('Interactive panel discussion 2 (moved)');
    expect(after.map((e) => e.DTSTAMP)).toEqual(events.map((e) => e.DTSTAMP));
  });

  it('lists no organization before a transmittal, then the approved and, by the disclosure policy, the objected ones', async () => {
    expect((await download(t, `${PUBLIC}/organizations`)).json()).toEqual({ organizations: [] });
    await p.createList('other-ngos', 'non-objection');
    const [walkFree] = await p.propose('other-ngos', [org('Walk Free', 'AUS'), org('=La Strada', 'NLD')]);
    await p.submit('other-ngos', '2013-04-26T18:00:00-04:00');
    expect((await p.object('other-ngos', walkFree, 'KEN', { reason: 'Not independent.' })).statusCode).toBe(201);
    t.clock.set('2013-04-27T00:00:00Z');
    await p.close('other-ngos', 1);
    expect((await download(t, `${PUBLIC}/organizations`)).json()).toEqual({ organizations: [] });
    expect((await p.post(`${p.base}/lists/other-ngos/transmittal`, {})).statusCode).toBe(200);

    const { organizations } = (await download(t, `${PUBLIC}/organizations`)).json();
    expect(organizations).toEqual([
      {
        name: 'Walk Free',
        country: 'AUS',
        countryName: 'Australia',
        category: 'ngo',
        listId: 'other-ngos',
        status: 'objected',
        objectionCount: 1,
      },
      {
        name: '=La Strada',
        country: 'NLD',
        countryName: 'Netherlands (Kingdom of the)',
        category: 'ngo',
        listId: 'other-ngos',
        status: 'approved',
      },
    ]);
    expect(JSON.stringify(organizations)).not.toMatch(/KEN|Not independent/);
    const csv = await download(t, `${PUBLIC}/organizations?format=csv`);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="${MEETING}-organizations.csv"`);
    const { records } = readCsv(csv.bytes);
    expect(records.map((r) => [r.name, r.status, r.objectionCount])).toEqual([
      ['Walk Free', 'objected', '1'],
      ["'=La Strada", 'approved', ''],
    ]);
  });

  it('keeps an answer to a request with credentials out of caches (no-store), and refuses a bad ?format=', async () => {
    const withToken = await download(t, PUBLIC, bearer('pga'));
    expect(withToken.statusCode).toBe(200);
    expect(withToken.headers['cache-control']).toBe('no-store');
    expect((await download(t, `${PUBLIC}/organizations?format=xlsx`)).json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });
});

describe('HTTP: the public routes are rate limited per client address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PUBLIC_RPM: '3' } });
    await procedure(t, MEETING).createMeeting();
  });
  afterAll(() => t.close());

  it('answers 429 RATE_LIMITED with Retry-After once the address has spent RATE_LIMIT_PUBLIC_RPM', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await download(t, PUBLIC)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await download(t, `${PUBLIC}/programme.ics`);
    expect(limited.json()).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
