import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { flowing, getPdf, pagesOf, pdfText } from './pdf-support';

const NOW = '2013-04-19T15:00:00Z';
const DEADLINE = '2013-04-26T18:00:00-04:00';
const LIST = 'other-ngos';

const ORGANIZATIONS = [
  org('Walk Free', 'AUS'),
  org('Polaris Project', 'USA'),
  org('La Strada International', 'NLD'),
  org('Fondation Scelles', 'FRA'),
  org('<script>alert("x")</script> & Co', 'KEN'),
];

describe('HTTP: the batch letter (PDF)', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  const letterUrl = (batch: number, lang?: string) => `${p.base}/lists/${LIST}/batches/${batch}/letter${lang ? `?lang=${lang}` : ''}`;

  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    p = procedure(t);
    await p.createMeeting();
    await p.createList(LIST, 'non-objection');
    await p.propose(LIST, ORGANIZATIONS);
    await p.submit(LIST, DEADLINE);
  });
  afterAll(() => t.close());

  it('is a PDF attachment in the form of the PGA’s letters, with the deadline’s hour in New York time', async () => {
    const response = await getPdf(t, letterUrl(1), bearer('pga'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="trafficking-2013-other-ngos-batch-1-letter-en.pdf"; filename*=UTF-8\'\'trafficking-2013-other-ngos-batch-1-letter-en.pdf',
    );
    expect(response.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flowing(pdfText(response.bytes));
    expect(text).toContain('THE PRESIDENT OF THE GENERAL ASSEMBLY');
    expect(text).toContain('19 April 2013');
    expect(text).toContain('Excellency,');
    expect(text).toContain('I have the honour to');
    expect(text).toContain('on a non-objection basis');
    expect(text).toContain('6 p.m. (New York time) on Friday, 26 April 2013');
    expect(text).toContain('Please accept, Excellency, the assurances of my highest consideration.');
    for (const { name } of ORGANIZATIONS) expect(text).toContain(name);
  });

  it('annexes the list sorted by country name, then name, with the countries’ names', async () => {
    const text = flowing(pdfText((await getPdf(t, letterUrl(1), bearer('pga'))).bytes));
    const order = ['Walk Free', 'Fondation Scelles', '& Co', 'La Strada International', 'Polaris Project'].map((n) => text.indexOf(n));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const country of ['Australia', 'France', 'Kenya', 'Netherlands (Kingdom of the)', 'United States of America'])
      expect(text).toContain(country);
  });

  it('gives its position in the log and the SHA-256 of what it shows in the footer, the same in every language', async () => {
    const en = flowing(pdfText((await getPdf(t, letterUrl(1, 'en'), bearer('pga'))).bytes));
    const fr = flowing(pdfText((await getPdf(t, letterUrl(1, 'fr'), bearer('pga'))).bytes));
    const digest = /SHA-256 ([0-9a-f]{64})/;
    expect(en).toMatch(/Position in the log \d+/);
    expect(en).toMatch(/Page 1 of 2/);
    expect(fr).toMatch(/Position dans le journal \d+/);
    expect(digest.exec(en)?.[1]).toBe(digest.exec(fr)?.[1]);
  });

  it('is written in French with ?lang=fr', async () => {
    const response = await getPdf(t, letterUrl(1, 'fr'), bearer('pga'));
    expect(response.headers['content-disposition']).toContain('letter-fr.pdf');
    const text = flowing(pdfText(response.bytes));
    expect(text).toContain('LE PRÉSIDENT DE L’ASSEMBLÉE GÉNÉRALE');
    expect(text).toContain('Le 19 avril 2013');
    expect(text).toContain('Excellence,');
    expect(text).toContain('J’ai l’honneur de');
    expect(text).toContain('18 heures (heure de New York) le vendredi 26 avril 2013');
    expect(text).toContain('Veuillez agréer, Excellence, les assurances de ma très haute considération.');
    for (const country of ['Australie', 'France', 'Kenya', 'Pays-Bas', 'États-Unis']) expect(text).toContain(country);
  });

  it.each([
    ['member-state', 'KEN'],
    ['observer', 'VAT'],
    ['auditor', undefined],
  ])('is given to %s too', async (role, state) => {
    expect((await getPdf(t, letterUrl(1), bearer(role, state))).statusCode).toBe(200);
  });

  it('refuses an unknown batch (404), a language it is not written in (400) and a caller without a token (401)', async () => {
    expect((await getPdf(t, letterUrl(2), bearer('pga'))).json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    const german = (await getPdf(t, letterUrl(1, 'de'), bearer('pga'))).json();
    expect(german).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('ar, zh, en, fr, ru, es'),
    });
    expect((await getPdf(t, letterUrl(1), {})).statusCode).toBe(401);
  });

  it('numbers every page of a letter annexing 1,000 organizations, and names every one of them', async () => {
    const countries = ['AUS', 'BRA', 'EGY', 'FRA', 'IND', 'KEN', 'MEX', 'NLD', 'PHL', 'USA'];
    const thousand = Array.from({ length: 1000 }, (_, i) =>
      org(`Organization ${String(i + 1).padStart(4, '0')} against trafficking`, countries[i % 10]),
    );
    await p.createList('thousand', 'non-objection');
    await p.propose('thousand', thousand);
    await p.submit('thousand', DEADLINE);
    const response = await getPdf(t, `${p.base}/lists/thousand/batches/1/letter`, bearer('pga'));
    expect(response.statusCode).toBe(200);
    const text = pdfText(response.bytes);
    const pages = pagesOf(text);
    expect(pages.length).toBeGreaterThan(20);
    pages.forEach((page, i) => expect(flowing(page)).toContain(`Page ${i + 1} of ${pages.length}`));
    const missing = thousand.filter(({ name }) => !text.includes(name)).map(({ name }) => name);
    expect(missing).toEqual([]);
  });
});
