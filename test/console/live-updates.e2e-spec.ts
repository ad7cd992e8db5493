import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
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
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Live updates in the browser: what is on screen refetches itself when the engine says it changed, with no
 * reload. The engine's clock follows the real one, so that the in-process scheduler closes a batch at its deadline.
 */

jest.setTimeout(120_000);

const MEETING = 'trafficking-2013';
const LIST = 'civil-society';

describe('the console follows live updates', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;
  let steps: ReturnType<typeof procedure>;
  let realTime: NodeJS.Timeout;

  beforeAll(async () => {
    t = await startTestApp({ now: new Date().toISOString() });
    realTime = setInterval(() => t.clock.set(new Date()), 100);
    steps = procedure(t, MEETING);
    await steps.createMeeting({ objectionDisclosure: 'organizations-and-states' });
    await steps.createList(LIST, 'non-objection');
    browser = await openConsoleBrowser(t);
  }, 60_000);

  afterAll(async () => {
    clearInterval(realTime);
    await browser?.close();
    await t?.close();
  });

  afterEach(() => {
    expect({ browserProblems: browser.takeProblems() }).toEqual({ browserProblems: [] });
  });

  async function signedIn(signIn: (page: Page) => Promise<void>, landing: string): Promise<Page> {
    const { page } = await browser.newPage();
    await page.goto(`${browser.base}/sign-in`);
    await signIn(page);
    await heading(page, landing).waitFor();
    return page;
  }

  /** Marks the page's window: a reload would lose the mark. */
  const markWindow = (page: Page) => page.evaluate('window.__sameWindow = true');
  const sameWindow = (page: Page) => page.evaluate<boolean>('window.__sameWindow === true');

  it('shows a mission its open batch closing at the deadline, with no reload', async () => {
    const [organization] = await steps.propose(LIST, [org('Polaris Project', 'USA')]);
    expect(organization).toBeDefined();
    const page = await signedIn((p) => signInAsState(p, 'France'), 'Awaiting your consideration');
    const deadline = new Date(Date.now() + 8_000);
    await steps.submit(LIST, deadline.toISOString());
    await page.goto(`${browser.base}/meetings/${MEETING}/lists/${LIST}/batches/1`);
    await heading(page, `List ${LIST}`).waitFor();
    await see(page.getByText(/^Time left: /)).toBeVisible();
    await see(page.getByRole('button', { name: 'Object to Polaris Project' })).toBeVisible();
    await markWindow(page);
    await shot(page, 'live-01-batch-open');

    await page.getByText(/^The deadline has passed; the batch closed on /).waitFor({ timeout: 30_000 });
    expect(Date.now()).toBeGreaterThanOrEqual(deadline.getTime());
    await page.getByRole('button', { name: 'Object to Polaris Project' }).waitFor({ state: 'hidden' });
    expect(await sameWindow(page)).toBe(true);
    await expectAccessible(page, 'batch closed live');
    await shot(page, 'live-02-batch-closed');
    await page.context().close();
  });

  it("shows the PGA's list page a mission's objection from another browser, with no reload", async () => {
    await steps.propose(LIST, [org('La Strada International', 'NLD')]);
    await steps.submit(LIST, new Date(Date.now() + 3_600_000).toISOString());
    const pga = await signedIn(signInAsPga, 'Meetings');
    await pga.goto(`${browser.base}/meetings/${MEETING}/lists/${LIST}`);
    await heading(pga, `List ${LIST}`).waitFor();
    const row = pga.getByRole('row').filter({ hasText: 'La Strada International' });
    await see(row).toContainText('Under consideration');
    await markWindow(pga);

    const mission = await signedIn((p) => signInAsState(p, 'France'), 'Awaiting your consideration');
    await mission.goto(`${browser.base}/meetings/${MEETING}/lists/${LIST}/batches/2`);
    await mission.getByRole('button', { name: 'Object to La Strada International' }).click();
    const dialog = mission.getByRole('dialog', { name: 'Object to La Strada International' });
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByRole('button', { name: 'Send the objection' }).click();
    await mission.getByRole('status').filter({ hasText: 'was recorded' }).waitFor();

    await see(row.getByRole('cell').last()).toContainText('1');
    expect(await sameWindow(pga)).toBe(true);
    await row.getByRole('button', { name: 'La Strada International' }).click();
    await see(pga.getByRole('dialog', { name: 'La Strada International' })).toContainText('Objection by France');
    await expectAccessible(pga, 'list with a live objection');
    await shot(pga, 'live-03-pga-sees-objection');
    await pga.keyboard.press('Escape');
    await pga.context().close();
    await mission.context().close();
  });
});
