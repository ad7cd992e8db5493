import { jest } from '@jest/globals';
import { Page } from 'playwright-core';
import {
  ConsoleBrowser,
  expectAccessible,
  heading,
  openConsoleBrowser,
  see,
  shot,
  signInAsAuditor,
  tabTo,
} from '../support/console-browser';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';

/** The auditor's History and event pages in a real browser: filters in the address, an event's causation, the grouped command. */

jest.setTimeout(120_000);

const MEETING = 'trafficking-2013';
const HOUR = 3_600_000;

describe('the History in a browser', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    const now = Date.now();
    t = await startTestApp({ now: new Date(now).toISOString() });
    const steps = procedure(t, MEETING);
    await steps.createMeeting();
    await steps.createList('other-ngos', 'non-objection');
    const [, polaris] = await steps.propose('other-ngos', [org('La Strada International', 'NLD'), org('Polaris Project', 'USA')]);
    await steps.submit('other-ngos', new Date(now + HOUR).toISOString());
    expect((await steps.object('other-ngos', polaris, 'FRA', { reason: 'Not relevant' })).statusCode).toBe(201);
    t.clock.set(new Date(now + 2 * HOUR).toISOString());
    expect((await steps.close('other-ngos', 1)).statusCode).toBe(200);
    const ageing = { id: 'ageing-2014', title: 'Ageing', timezone: 'Europe/Vienna' };
    expect((await steps.post('/v1/meetings', ageing)).statusCode).toBe(201);
    browser = await openConsoleBrowser(t);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => {
    expect({ browserProblems: browser.takeProblems() }).toEqual({ browserProblems: [] });
  });

  const history = (page: Page) => page.getByRole('table', { name: /^History: / });

  it('lands the auditor on History, filters by meeting and type, and keeps the filters in the address', async () => {
    const { context, page } = await browser.newPage();
    await signInAsAuditor(page, browser.base);
    expect(new URL(page.url()).pathname).toBe('/history');
    await see(history(page).getByRole('row').nth(1)).toContainText('Meeting created');
    await expectAccessible(page, 'history');
    await shot(page, 'history');

    await page.getByRole('combobox', { name: 'Meeting' }).click();
    await page.getByRole('option', { name: 'Trafficking in persons' }).click();
    await page.getByRole('combobox', { name: 'Event type' }).click();
    await page.getByRole('option', { name: 'Organization objected to at the deadline' }).click();
    await page.keyboard.press('Escape');
    await see(history(page)).toContainText('Organization objected to at the deadline');
    const search = new URL(page.url()).searchParams;
    expect({ meetingId: search.get('meetingId'), type: search.getAll('type') }).toEqual({ meetingId: MEETING, type: ['EntryObjected'] });
    await see(page.getByRole('status')).toContainText('1 event: all that match.');

    await page.reload();
    await heading(page, 'History').waitFor();
    await see(page.getByRole('status')).toContainText('1 event: all that match.');
    await see(history(page)).toContainText('Organization objected to at the deadline');
    await shot(page, 'history-filtered');
    await context.close();
  });

  it("follows an objection to its event page, then to the request that caused it and the command's events", async () => {
    const { context, page } = await browser.newPage();
    await signInAsAuditor(page, browser.base);
    await page.goto(`${browser.base}/history?meetingId=${MEETING}&type=EntryObjected`);
    await heading(page, 'History').waitFor();
    await see(history(page)).toContainText('Organization objected to at the deadline');
    await tabTo(page, 'a', 'Organization objected to at the deadline');
    await page.keyboard.press('Enter');
    await heading(page, /^Organization objected to at the deadline \(entry \d+ of the log\)$/).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/history\/\d+$/);

    const causedBy = page.getByRole('region', { name: 'Caused by' });
    await see(causedBy).toContainText('The request CloseBatch by PGA, at');
    const others = page.getByRole('region', { name: "The command's other events" });
    await see(others.getByRole('link', { name: /^Batch closed at its deadline/ })).toBeVisible();
    await see(others.getByRole('link', { name: /^Organization approved/ })).toBeVisible();
    await see(page.getByRole('link', { name: 'State just after this event' })).toBeVisible();
    await expectAccessible(page, 'history-event');
    await shot(page, 'history-event');

    await page
      .getByRole('row', { name: /^Correlation/ })
      .getByRole('link')
      .click();
    await heading(page, 'History').waitFor();
    expect(new URL(page.url()).searchParams.get('correlationId')).toMatch(/\S/);
    await see(history(page)).toContainText('Request CloseBatch by PGA: 3 events');
    await expectAccessible(page, 'history-command');
    await shot(page, 'history-command');
    await context.close();
  });
});
