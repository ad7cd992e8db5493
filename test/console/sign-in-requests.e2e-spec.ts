import { jest } from '@jest/globals';
import { Page } from 'playwright-core';
import {
  ConsoleBrowser,
  expectAccessible,
  heading,
  openConsoleBrowser,
  see,
  shot,
  signInAsPga,
  signInAsState,
} from '../support/console-browser';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

/**
 * The sign-in learns from GET /v1/auth/config (`devSignIn`) that the engine makes development tokens, and
 * so makes no failing request (it used to probe POST /v1/dev/tokens with a wrong body: a 400 at every
 * visit); and the mission's reminders page shows the address registered and since when.
 */

jest.setTimeout(120_000);

interface WatchedRequests {
  /** Every answer of 400 or more, every request that failed, and every console error (a 4xx included). */
  failures: string[];
  /**
   * Resolves once no request but the live updates' stream (open for as long as the page is) has been in flight
   * for half a second: Playwright's `networkidle` never comes while that stream is open.
   */
  settled(): Promise<void>;
}

function watchRequests(page: Page): WatchedRequests {
  const failures: string[] = [];
  const inFlight = new Set<unknown>();
  const isLiveStream = (url: string) => new URL(url).pathname.startsWith('/v1/events/stream');
  page.on('request', (request) => !isLiveStream(request.url()) && inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    inFlight.delete(request);
    failures.push(`failed ${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  const settled = async () => {
    for (let quietSince = Date.now(); Date.now() - quietSince < 500;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (inFlight.size > 0) quietSince = Date.now();
    }
  };
  return { failures, settled };
}

describe('the sign-in and the reminders page in a browser', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    // The engine's clock is the browser's; private webhook hosts are allowed (nothing resolves names here).
    t = await startTestApp({ now: new Date().toISOString(), env: { WEBHOOK_ALLOW_PRIVATE: 'true' } });
    browser = await openConsoleBrowser(t);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => expect(browser.takeProblems()).toEqual([]));

  it('signs in as the PGA through the development sign-in with no failed request and no console error', async () => {
    const { context, page } = await browser.newPage();
    const requests = watchRequests(page);
    await page.goto(`${browser.base}/sign-in`);
    await heading(page, 'Sign in').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sign in for development' }).waitFor();
    await signInAsPga(page);
    await heading(page, 'Meetings').waitFor();
    await requests.settled();
    expect(requests.failures).toEqual([]);
    await context.close();
  });

  it('signs in as a mission through the development sign-in with no failed request and no console error', async () => {
    const { context, page } = await browser.newPage();
    const requests = watchRequests(page);
    await page.goto(`${browser.base}/sign-in`);
    await heading(page, 'Sign in').waitFor();
    await signInAsState(page, 'France');
    await heading(page, 'Awaiting your consideration').waitFor();
    await requests.settled();
    expect(requests.failures).toEqual([]);
    await context.close();
  });

  it("shows the mission the address already registered, and when, in the viewer's time zone", async () => {
    const url = 'https://mission.example.org/un/reminders';
    const registered = await t.inject({
      method: 'PUT',
      url: '/v1/member-states/me/webhook',
      headers: bearer('member-state', 'FRA'),
      payload: { url },
    });
    expect(registered.statusCode).toBe(200);
    const { context, page } = await browser.newPage();
    await page.goto(`${browser.base}/sign-in`);
    await signInAsState(page, 'France');
    await heading(page, 'Awaiting your consideration').waitFor();
    await page.getByRole('link', { name: 'Reminders' }).click();
    await heading(page, 'Reminders by webhook').waitFor();
    const section = page.getByRole('region', { name: 'Address registered now' });
    await see(section).toContainText(`Reminders are sent to ${url}, registered on`);
    // The browser is in Europe/Paris: the time carries that zone's name.
    await see(section).toContainText(/\d{4}\D{1,6}\d\d:\d\d (CET|CEST|GMT\+[12])\.$/);
    await expectAccessible(page, 'reminders, address registered');
    await shot(page, 'mission-12-webhook-registered');
    await context.close();
  });

  it('tells a mission that has registered no address yet', async () => {
    const { context, page } = await browser.newPage();
    await page.goto(`${browser.base}/sign-in`);
    await signInAsState(page, 'Kenya');
    await heading(page, 'Awaiting your consideration').waitFor();
    await page.getByRole('link', { name: 'Reminders' }).click();
    const section = page.getByRole('region', { name: 'Address registered now' });
    await see(section).toContainText('No address is registered yet');
    await expectAccessible(page, 'reminders, no address');
    await context.close();
  });
});
