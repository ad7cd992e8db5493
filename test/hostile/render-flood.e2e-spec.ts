import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LAUNCH_BROWSER } from '../../src/documents/documents.module';
import { PdfRenderer } from '../../src/documents/rendering/pdf-renderer';
import { getPdf, PdfResponse } from '../documents/pdf-support';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { GatedBrowser, until } from './gated-browser';
import { expectErrorBody } from './hostile-support';

const LETTER = (batch: number, lang: string) => `/v1/meetings/trafficking-2013/lists/other-ngos/batches/${batch}/letter?lang=${lang}`;
const FLOODER = bearer('member-state', 'FRA');
const OTHER = bearer('member-state', 'MEX');

/** Eleven different letters (batch 1 in five languages, batch 2 in six): none is answered from the cache or shared. */
const FLOOD = [
  ...['fr', 'es', 'ru', 'zh', 'ar'].map((lang) => LETTER(1, lang)),
  ...['en', 'fr', 'es', 'ru', 'zh', 'ar'].map((lang) => LETTER(2, lang)),
];

describe('the render flood from one account', () => {
  let t: TestApp;
  const chromium = new GatedBrowser();

  beforeAll(async () => {
    t = await startTestApp({
      now: '2013-04-19T15:00:00Z',
      env: { DOCUMENTS_RENDER_CONCURRENCY: '1', DOCUMENTS_RENDERS_PER_CALLER: '2', DOCUMENTS_RENDER_TIMEOUT_MS: '600000' },
      providers: [{ provide: LAUNCH_BROWSER, useValue: chromium.launch }],
    });
    const p = procedure(t);
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    await p.propose('other-ngos', [org('Walk Free', 'AUS')]);
    await p.submit('other-ngos', '2013-04-26T18:00:00-04:00');
    await p.propose('other-ngos', [org('La Strada International', 'NLD')]);
    await p.submit('other-ngos', '2013-04-27T18:00:00-04:00');
  });
  afterAll(() => t.close());

  it("refuses the flood beyond its share with 429, and still serves another account's letter after at most the flood's share", async () => {
    const answers: PdfResponse[] = [];
    const flood = FLOOD.map((url) => getPdf(t, url, FLOODER).then((answer) => (answers.push(answer), answer)));
    await until(() => answers.length === FLOOD.length - 2, 'every request beyond the share answered');
    for (const refused of answers) {
      expect(refused.statusCode).toBe(429);
      expectErrorBody(refused.json(), 429, 'RATE_LIMITED');
      expect(refused.json().message).toContain('You already have 2 documents being prepared; wait for them');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }

    const renderer = t.app.get(PdfRenderer);
    let served: PdfResponse | undefined;
    const other = getPdf(t, LETTER(1, 'en'), OTHER).then((answer) => (served = answer));
    await until(() => renderer.load.active + renderer.load.queued === 3, "the other account's letter queued");
    for (let released = 0; released < 3 && !served; released++) {
      await until(() => chromium.printing > 0, 'a print started');
      chromium.releaseOne();
      await until(() => renderer.load.active + renderer.load.queued === 2 - released || served !== undefined, 'a render ended');
    }
    await other;
    expect(served).toMatchObject({ statusCode: 200, headers: { 'content-type': 'application/pdf' } });
    expect(chromium.started.findIndex((html) => html.includes('Walk Free') && html.includes('lang="en"'))).toBeLessThanOrEqual(2);

    while (renderer.load.active + renderer.load.queued > 0) {
      await until(() => chromium.printing > 0 || renderer.load.active + renderer.load.queued === 0, "the flood's next print");
      chromium.releaseOne();
    }
    const admitted = (await Promise.all(flood)).filter((answer) => answer.statusCode === 200);
    expect(admitted).toHaveLength(2);
  });

  it('answers the same letter again from the cache, without a render and without spending a share', async () => {
    const before = chromium.started.length;
    const again = await Promise.all([1, 2, 3].map(() => getPdf(t, LETTER(1, 'en'), FLOODER)));
    expect(again.map((answer) => answer.statusCode)).toEqual([200, 200, 200]);
    expect(chromium.started).toHaveLength(before);
  });
});

describe('a Chromium that is missing or does not start', () => {
  it.each(['/srv/engine/secret-place/chromium', '/bin/true'])('answers 503 without the path CHROMIUM_PATH=%s names', async (path) => {
    const t = await startTestApp({ now: '2013-04-19T15:00:00Z', env: { CHROMIUM_PATH: path } });
    try {
      const p = procedure(t);
      await p.createMeeting();
      await p.createList('other-ngos', 'non-objection');
      await p.propose('other-ngos', [org('Walk Free', 'AUS')]);
      await p.submit('other-ngos', '2013-04-26T18:00:00-04:00');
      const answer = await getPdf(t, LETTER(1, 'en'), bearer('pga'));
      expectErrorBody(answer.json(), 503, 'RENDERER_UNAVAILABLE', path);
    } finally {
      await t.close();
    }
  });
});

describe('a letter longer than DOCUMENTS_MAX_ROWS', () => {
  it('is refused before any render with 409 INVALID_STATE, its rows and the limit, pointing to the CSV or XLSX export', async () => {
    const chromium = new GatedBrowser();
    const t = await startTestApp({
      now: '2013-04-19T15:00:00Z',
      env: { DOCUMENTS_MAX_ROWS: '2' },
      providers: [{ provide: LAUNCH_BROWSER, useValue: chromium.launch }],
    });
    try {
      const p = procedure(t);
      await p.createMeeting();
      await p.createList('other-ngos', 'non-objection');
      await p.propose('other-ngos', [org('Walk Free', 'AUS'), org('La Strada International', 'NLD'), org('Polaris', 'USA')]);
      await p.submit('other-ngos', '2013-04-26T18:00:00-04:00');
      const answer = await getPdf(t, LETTER(1, 'en'), bearer('pga'));
      const error = expectErrorBody(answer.json(), 409, 'INVALID_STATE');
      expect(error).toMatchObject({ details: { rows: 3, limit: 2 }, message: expect.stringContaining('CSV or XLSX') });
      expect(chromium.started).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
