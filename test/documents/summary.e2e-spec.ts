import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROGRAMME_2013 } from '../arrangements/arrangements.fixtures';
import { procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { flowing, getPdf, pdfText } from './pdf-support';

const SEGMENTS = PROGRAMME_2013.map(({ startsAt, endsAt, ...segment }) => ({
  ...segment,
  startsAt: startsAt.toISOString(),
  ...(endsAt ? { endsAt: endsAt.toISOString() } : {}),
}));
const SUMMARY = {
  text: 'The meeting reaffirmed the commitment of Member States to the Global Plan of Action.',
  achievements: ['Partnerships with civil society'],
  gaps: ['Data on trafficking for the removal of organs'],
  challenges: ['Prosecution across borders'],
};

describe("HTTP: the President's summary (paragraph 4) with the panel chairs' summaries (paragraph 3c)", () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  const url = () => `${p.base}/summary`;

  beforeAll(async () => {
    t = await startTestApp({ now: '2013-05-14T20:00:00Z' });
    p = procedure(t);
    await p.createMeeting();
    expect((await p.put(`${p.base}/programme`, { segments: SEGMENTS })).statusCode).toBe(200);
    await p.post(`${p.base}/panels/panel-1/consultations`, { regionalGroup: 'Asia-Pacific Group' });
    await p.post(`${p.base}/panels/panel-1/chair-invitation`, { state: 'PHL' });
    await p.post(`${p.base}/panels/panel-1/chair-invitation/response`, { accept: true }, bearer('member-state', 'PHL'));
    const chair = await p.post(
      `${p.base}/panels/panel-1/summary`,
      { text: 'Partnerships protect victims.' },
      bearer('member-state', 'PHL'),
    );
    expect(chair.statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it("gives the chairs' summaries, and no President's summary until the PGA records one", async () => {
    const answer = await p.get(url(), bearer('observer', 'VAT'));
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      meetingId: 'trafficking-2013',
      title: 'Trafficking in persons',
      president: null,
      panels: [
        {
          panelId: 'panel-1',
          title: 'Interactive panel discussion 1',
          theme: SEGMENTS[2].theme,
          chair: 'PHL',
          text: 'Partnerships protect victims.',
          recordedAt: '2013-05-14T20:00:00.000Z',
        },
      ],
    });
  });

  it('records the summary (PUT, pga), which every role then reads; the same summary again changes nothing', async () => {
    const put = await p.put(url(), SUMMARY);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ changed: true, position: expect.any(String) });
    for (const headers of [bearer('pga'), bearer('auditor'), bearer('member-state', 'FRA'), bearer('observer', 'VAT')]) {
      const { president } = (await p.get(`${url()}?format=json`, headers)).json();
      expect(president).toEqual({ ...SUMMARY, recordedAt: '2013-05-14T20:00:00.000Z' });
    }
    const events = await t.eventCount();
    expect((await p.put(url(), SUMMARY)).json()).toMatchObject({ changed: false });
    expect(await t.eventCount()).toBe(events);
  });

  it('refuses a bad summary with the fields named, and stores nothing', async () => {
    const events = await t.eventCount();
    const bad: [object, Record<string, string>, number, string][] = [
      [{ text: '' }, bearer('pga'), 400, 'VALIDATION_FAILED'],
      [{ achievements: ['x'] }, bearer('pga'), 400, 'VALIDATION_FAILED'],
      [{ text: 'ok', gaps: 'not a list' }, bearer('pga'), 400, 'VALIDATION_FAILED'],
      [{ text: 'ok', gaps: [''] }, bearer('pga'), 400, 'VALIDATION_FAILED'],
      [{ text: 'ok', challenges: [42] }, bearer('pga'), 400, 'VALIDATION_FAILED'],
      [{ text: 'ok', challenges: Array.from({ length: 51 }, () => 'x') }, bearer('pga'), 400, 'VALIDATION_FAILED'],
      [{ text: 'x'.repeat(20001) }, bearer('pga'), 400, 'VALIDATION_FAILED'],
      [{ text: 'Evil \u202Etxet' }, bearer('pga'), 400, 'VALIDATION_FAILED'],
      [SUMMARY, bearer('member-state', 'FRA'), 403, 'FORBIDDEN'],
      [SUMMARY, bearer('auditor'), 403, 'FORBIDDEN'],
    ];
    for (const [body, headers, status, code] of bad) {
      const refused = await p.put(url(), body, headers as { authorization: string });
      expect({ body, status: refused.statusCode, code: refused.json().code }).toEqual({ body, status, code });
      if (status === 400) expect(refused.json().details).toEqual(expect.any(Array));
    }
    expect((await p.put('/v1/meetings/no-such-meeting/summary', SUMMARY)).statusCode).toBe(404);
    expect(await t.eventCount()).toBe(events);
    expect((await p.get(url())).json().president).toMatchObject({ text: SUMMARY.text });
  });

  it("prints both summaries as PDF, in English and in French, with the times on the meeting's clock", async () => {
    const english = await getPdf(t, `${url()}?format=pdf`, bearer('observer', 'VAT'));
    expect(english.statusCode).toBe(200);
    expect(english.headers['content-type']).toBe('application/pdf');
    expect(english.headers['content-disposition']).toBe('attachment; filename="trafficking-2013-summary-en.pdf"');
    const en = flowing(pdfText(english.bytes));
    for (const phrase of [
      'THE PRESIDENT OF THE GENERAL ASSEMBLY',
      'Summary of the high-level meeting',
      "The President's summary",
      'Recorded on 14 May 2013, 4 p.m. (New York time)',
      SUMMARY.text,
      'Achievements Partnerships with civil society',
      'Gaps Data on trafficking for the removal of organs',
      'Challenges Prosecution across borders',
      "The panel chairs' summaries",
      'Chaired by Philippines',
      'Partnerships protect victims.',
      'Page 1 of 1',
    ]) {
      expect(en).toContain(phrase);
    }
    const french = await getPdf(t, `${url()}?lang=fr`, { ...bearer('pga'), accept: 'application/pdf' });
    const fr = flowing(pdfText(french.bytes));
    for (const phrase of [
      "LE PRÉSIDENT DE L'ASSEMBLÉE GÉNÉRALE",
      'Résumé du Président',
      'Consigné le 14 mai 2013, 16 heures (heure de New York)',
      'Présidée par Philippines',
    ]) {
      expect(fr).toContain(phrase);
    }
  });

  it('answers 406 for a format it does not offer; 400 for an unknown format or language; 404 for an unknown meeting', async () => {
    const csv = await p.get(`${url()}?format=csv`);
    expect(csv.statusCode).toBe(406);
    expect(csv.json()).toMatchObject({ code: 'NOT_ACCEPTABLE', message: expect.stringMatching(/json.*pdf/i) });
    expect((await p.get(`${url()}?format=doc`)).statusCode).toBe(400);
    expect((await p.get(`${url()}?format=pdf&lang=de`)).json()).toMatchObject({ statusCode: 400, message: expect.stringMatching(/lang/) });
    expect((await p.get('/v1/meetings/no-such-meeting/summary')).statusCode).toBe(404);
  });
});
