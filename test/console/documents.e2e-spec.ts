import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import {
  ConsoleBrowser,
  expectAccessible,
  heading,
  openConsoleBrowser,
  shot,
  signInAsPga,
  signInAsState,
} from '../support/console-browser';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';

/** The documents where they belong in the console: a list's exports, a batch's letter, the public links of a meeting. */

jest.setTimeout(180_000);

const MEETING = 'trafficking-2013';
const LIST = 'civil-society';

describe('the console offers each document where it belongs', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    t = await startTestApp({ now: new Date().toISOString() });
    browser = await openConsoleBrowser(t);
    const steps = procedure(t, MEETING);
    await steps.createMeeting();
    await steps.createList(LIST, 'non-objection');
    await steps.propose(LIST, [org('Polaris Project', 'USA'), org('=HYPERLINK("x") La Strada', 'NLD')]);
    await steps.submit(LIST, new Date(Date.now() + 4 * 86_400_000).toISOString());
    const startsAt = Date.now() + 30 * 86_400_000;
    const plenary = { id: 'plenary-1', kind: 'plenary', title: 'Plenary meeting', startsAt, endsAt: startsAt + 3 * 3_600_000 };
    const segments = [{ ...plenary, startsAt: new Date(startsAt).toISOString(), endsAt: new Date(plenary.endsAt).toISOString() }];
    expect((await steps.put(`${steps.base}/programme`, { segments })).statusCode).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => expect({ browserProblems: browser.takeProblems() }).toEqual({ browserProblems: [] }));

  async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  }

  it("lets the PGA's office export a list as CSV and Excel, and download a batch's letter", async () => {
    const { context, page } = await browser.newPage();
    await page.goto(`${browser.base}/sign-in`);
    await signInAsPga(page);
    await heading(page, 'Meetings').waitFor();
    await page.goto(`${browser.base}/meetings/${MEETING}/lists/${LIST}`);
    await page.getByRole('group', { name: 'Exports of this list' }).waitFor();
    await expectAccessible(page, 'list with exports');
    await shot(page, 'documents-01-list-exports');

    const csv = await downloaded(page, 'Export (CSV)');
    expect(csv.name).toBe(`${MEETING}-${LIST}.csv`);
    expect(csv.bytes.toString('utf8')).toContain('Polaris Project');
    expect(csv.bytes.toString('utf8')).toContain(`'=HYPERLINK`);
    const xlsx = await downloaded(page, 'Export (Excel)');
    expect(xlsx.name).toBe(`${MEETING}-${LIST}.xlsx`);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const letter = await downloaded(page, 'Letter of batch 1 (PDF)');
    expect(letter.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await context.close();
  });

  it("lets a mission download the batch's letter in its language, and the dashboard links the public page and calendar", async () => {
    const { context, page } = await browser.newPage();
    await page.goto(`${browser.base}/sign-in?lang=fr`);
    await signInAsState(page, 'France').catch(async () => {
      await page.goto(`${browser.base}/sign-in?lang=en`);
      await signInAsState(page, 'France');
    });
    await page.goto(`${browser.base}/meetings/${MEETING}/lists/${LIST}/batches/1?lang=en`);
    await heading(page, /civil-society|List/).waitFor();
    const letter = await downloaded(page, 'Download letter (PDF)');
    expect(letter.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByRole('group', { name: 'The letter and the list' }).waitFor();
    const csv = await downloaded(page, 'Export (CSV)');
    expect(csv.bytes.toString('utf8')).toContain('Polaris Project');
    await context.close();

    const pga = await browser.newPage();
    await pga.page.goto(`${browser.base}/sign-in`);
    await signInAsPga(pga.page);
    await heading(pga.page, 'Meetings').waitFor();
    await pga.page.goto(`${browser.base}/meetings/${MEETING}`);
    const calendar = pga.page.getByRole('link', { name: 'Programme as a calendar (.ics)' });
    expect(await calendar.getAttribute('href')).toBe(`/v1/public/meetings/${MEETING}/programme.ics`);
    expect(await pga.page.getByRole('link', { name: 'Public page (no sign-in)' }).getAttribute('href')).toBe(
      `/v1/public/meetings/${MEETING}`,
    );
    const summary = await downloaded(pga.page, 'Summaries of the meeting (PDF)');
    expect(summary.name).toBe(`${MEETING}-summary-en.pdf`);
    expect(summary.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await pga.context.close();
  });

  it('offers the list of speakers as CSV, Excel and PDF to the PGA and to the missions', async () => {
    const pga = await browser.newPage();
    await pga.page.goto(`${browser.base}/sign-in`);
    await signInAsPga(pga.page);
    await heading(pga.page, 'Meetings').waitFor();
    await pga.page.goto(`${browser.base}/meetings/${MEETING}/arrangements/speakers`);
    await pga.page.getByRole('group', { name: 'Exports of the list of speakers' }).waitFor();
    await expectAccessible(pga.page, 'speakers with exports');
    const pdf = await downloaded(pga.page, 'Download (PDF)');
    expect(pdf.name).toBe(`${MEETING}-speakers-en.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await pga.context.close();

    const mission = await browser.newPage();
    await mission.page.goto(`${browser.base}/sign-in`);
    await signInAsState(mission.page, 'France');
    await mission.page.goto(`${browser.base}/speakers`);
    const exports = mission.page.getByRole('group', { name: 'Exports of the list of speakers' });
    const csv = await downloaded(mission.page, 'Export (CSV)');
    expect(await exports.isVisible()).toBe(true);
    expect(csv.name).toBe(`${MEETING}-speakers.csv`);
    expect(csv.bytes.toString('utf8')).toContain('order,segmentId,state');
    await mission.context.close();
  });
});
