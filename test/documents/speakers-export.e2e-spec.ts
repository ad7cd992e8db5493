import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROGRAMME_2013 } from '../arrangements/arrangements.fixtures';
import { procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { download, readCsv, readXlsx } from './download';
import { flowing, getPdf, pdfText } from './pdf-support';

const SEGMENTS = PROGRAMME_2013.map(({ startsAt, endsAt, ...segment }) => ({
  ...segment,
  startsAt: startsAt.toISOString(),
  ...(endsAt ? { endsAt: endsAt.toISOString() } : {}),
}));

describe('HTTP: the list of speakers as CSV or XLSX', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  const url = (query: string) => `${p.base}/speakers/export${query}`;

  beforeAll(async () => {
    t = await startTestApp({ now: '2013-05-01T15:00:00Z' });
    p = procedure(t);
    await p.createMeeting();
    expect((await p.put(`${p.base}/programme`, { segments: SEGMENTS })).statusCode).toBe(200);
    const inscribe = (role: string, state: string, level: string, speakerName: string) =>
      p.post(`${p.base}/speakers`, { segmentId: 'plenary-1', level, speakerName }, bearer(role, state));
    expect((await inscribe('member-state', 'FRA', 'minister', 'M. Ministre')).statusCode).toBe(201);
    expect((await inscribe('observer', 'VAT', 'head-of-state', 'H.H. the Pope')).statusCode).toBe(201);
    expect((await inscribe('member-state', 'NGA', 'head-of-state', '=President')).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('gives every role the list in speaking order, as CSV and XLSX, with the formula escaped', async () => {
    for (const headers of [bearer('pga'), bearer('member-state', 'BRA'), bearer('observer', 'EUU'), bearer('auditor')]) {
      const csv = await download(t, url('?segmentId=plenary-1&format=csv'), headers);
      expect(csv.headers['content-disposition']).toBe('attachment; filename="trafficking-2013-speakers-plenary-1.csv"');
      const { columns, records } = readCsv(csv.bytes);
      expect(columns).toEqual(['order', 'segmentId', 'state', 'stateName', 'delegation', 'level', 'speakerName', 'inscribedAt']);
      expect(records.map((r) => [r.order, r.state, r.speakerName])).toEqual([
        ['1', 'NGA', "'=President"],
        ['2', 'VAT', 'H.H. the Pope'],
        ['3', 'FRA', 'M. Ministre'],
      ]);
      const xlsx = await readXlsx((await download(t, url('?segmentId=plenary-1&format=xlsx'), headers)).bytes);
      expect(xlsx.records.map((r) => [r.state, r.stateName])).toEqual([
        ['NGA', 'Nigeria'],
        ['VAT', 'Holy See'],
        ['FRA', 'France'],
      ]);
    }
  });

  it("prints the list as PDF, in speaking order, with the delegations' names and the times on the meeting's clock", async () => {
    const english = await getPdf(t, url('?segmentId=plenary-1&format=pdf'), bearer('member-state', 'BRA'));
    expect(english.statusCode).toBe(200);
    expect(english.headers['content-disposition']).toBe('attachment; filename="trafficking-2013-speakers-plenary-1-en.pdf"');
    const en = flowing(pdfText(english.bytes));
    expect(en).toContain('List of speakers');
    expect(en).toContain('1 May 2013, 11 a.m. (New York time)');
    expect(en).toMatch(
      /1 Nigeria Head of State =President .*2 Holy See \(observer\) Head of State H\.H\. the Pope .*3 France Minister M\. Ministre/,
    );
    const french = flowing(pdfText((await getPdf(t, url('?lang=fr'), { ...bearer('pga'), accept: 'application/pdf' })).bytes));
    expect(french).toContain('Liste des orateurs');
    expect(french).toMatch(/1 Nigéria Chef d'État =President .*2 Saint-Siège \(observateur\)/);
    expect(french).toContain('1er mai 2013, 11 heures (heure de New York)');
  });

  it('answers 404 for a segment not in the programme', async () => {
    expect((await download(t, url('?segmentId=no-such-segment'), bearer('pga'))).statusCode).toBe(404);
  });
});
