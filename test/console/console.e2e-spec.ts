import { jest } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import { JwtService } from '@nestjs/jwt';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { expectCompiled } from '../support/compiled';
import { org, procedure } from '../support/procedure';
import { BUILT_CONSOLE, startTestApp, TestApp } from '../support/test-app';

/**
 * The web console in a real browser (Debian's Chromium, driven by playwright-core; no browser is ever
 * downloaded: CHROMIUM_PATH or /usr/bin/chromium), served by the engine from dist/console, which
 * `npm test` builds. Elements are found by role and accessible name, as a screen reader finds them; axe
 * finds no serious or critical WCAG 2.2 AA violation on any page; every page runs under the
 * Content-Security-Policy the engine is to send (the engine's own, once it sends one). Screenshots go to
 * test-output/console/ (not committed).
 */

jest.setTimeout(120_000);

const SHOTS = join('test-output', 'console');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The policy the console must run under (the engine's helmet headers, being built elsewhere, are to allow exactly this). */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const MEETING = 'trafficking-2013';
const LIST = 'civil-society';

describe('the web console in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    expectCompiled(join(BUILT_CONSOLE, 'index.html'));
    mkdirSync(SHOTS, { recursive: true });
    // The engine's clock is the browser's: deadlines and countdowns agree.
    t = await startTestApp({ now: new Date().toISOString() });
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    const steps = procedure(t, MEETING);
    await steps.createMeeting({ objectionDisclosure: 'organizations' });
    await steps.createList(LIST, 'non-objection');
    const [first] = await steps.propose(LIST, [org('Polaris Project', 'USA'), org('La Strada International', 'NLD')]);
    await steps.submit(LIST, new Date(Date.now() + (4 * 24 + 5) * 3_600_000).toISOString());
    expect((await steps.object(LIST, first, 'FRA', { reason: 'Not related to the purpose of the meeting.' })).statusCode).toBe(201);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => {
    const seen = problems.splice(0);
    expect({ browserProblems: seen }).toEqual({ browserProblems: [] });
  });

  /** A fresh browser tab (its own sessionStorage and localStorage), in English unless asked otherwise. */
  async function newPage(locale = 'en-GB'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale, timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.route(`${base}/**`, async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      if ((headers['content-type'] ?? '').includes('text/html') && !headers['content-security-policy']) {
        headers['content-security-policy'] = CSP;
      }
      await route.fulfill({ response, headers });
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const text = message.text();
      // Chromium logs every 4xx answer ("Failed to load resource"); the console asks for some on purpose (the
      // sign-in page asks whether the development route exists), and the tests provoke others.
      if (message.type() === 'error' && !/^Failed to load resource/.test(text)) problems.push(`console: ${text}`);
    });
    return { context, page };
  }

  async function expectAccessible(page: Page, name: string): Promise<void> {
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

  async function signInAsPga(page: Page): Promise<void> {
    await page.getByRole('radio', { name: 'Office of the President of the General Assembly' }).check();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  it('signs in as the PGA, creates a meeting with the form, and sees it listed', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/`);
    await heading(page, 'Sign in').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expectAccessible(page, 'sign-in');
    await shot(page, '01-sign-in');

    await signInAsPga(page);
    await heading(page, 'Meetings').waitFor();
    await see(page.getByRole('banner')).toContainText('Office of the President of the General Assembly');
    await see(page.getByRole('cell', { name: 'Trafficking in persons' })).toBeVisible();
    await expectAccessible(page, 'meetings');
    await shot(page, '02-meetings');

    await page.getByRole('link', { name: 'New meeting' }).click();
    await heading(page, 'New meeting').waitFor();
    await expectAccessible(page, 'new meeting');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await see(summary.getByRole('link', { name: "Enter the meeting's title" })).toBeVisible();
    await expectAccessible(page, 'new meeting, with errors');
    await shot(page, '03-new-meeting-errors');

    await page.getByRole('textbox', { name: 'Title' }).fill('High-level Meeting on the Appraisal of the Global Plan of Action, 2017');
    await see(page.getByRole('textbox', { name: 'Identifier' })).toHaveValue(
      'high-level-meeting-on-the-appraisal-of-the-global-plan-of-action',
    );
    await page.getByRole('textbox', { name: 'Identifier' }).fill(MEETING);
    await page.getByRole('textbox', { name: 'Venue (optional)' }).fill('United Nations Headquarters, New York');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    // The engine's refusal (the id is taken) is shown on the field that caused it.
    await see(page.getByRole('link', { name: /already exists/ })).toBeVisible();
    await see(page.getByRole('textbox', { name: 'Identifier' })).toHaveAttribute('aria-invalid', 'true');
    await shot(page, '04-new-meeting-taken-id');

    await page.getByRole('textbox', { name: 'Identifier' }).fill('trafficking-2017');
    await page.getByRole('radio', { name: 'Which organizations were objected to, and by which States' }).check();
    await page.getByRole('checkbox', { name: 'Objected organizations go to the General Assembly for a decision' }).check();
    await shot(page, '05-new-meeting-filled');
    await page.getByRole('button', { name: 'Create meeting' }).click();

    await heading(page, 'Meetings').waitFor();
    await see(page.getByRole('status')).toContainText('trafficking-2017');
    const row = page.getByRole('row').filter({ hasText: 'trafficking-2017' });
    await see(row).toContainText('High-level Meeting on the Appraisal of the Global Plan of Action, 2017');
    await see(row).toContainText('United Nations Headquarters, New York');
    await shot(page, '06-meetings-after-create');
    const stored = (await procedure(t, 'trafficking-2017').get('/v1/meetings/trafficking-2017')).json();
    expect(stored.policy).toEqual({
      objectionDisclosure: 'organizations-and-states',
      objectedGoToGeneralAssembly: true,
      reminders: ['PT72H', 'PT24H'],
    });
    await context.close();
  });

  it('signs in as France, chosen by name, and sees what awaits its consideration', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByRole('radio', { name: "A Member State's mission or an observer" }).check();
    const state = page.getByRole('combobox', { name: 'Member State or observer' });
    await state.fill('Fran');
    await page.getByRole('option', { name: 'France' }).click();
    await see(state).toHaveValue('France');
    await shot(page, '07-sign-in-as-france');
    await expectAccessible(page, 'sign-in, mission chosen');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await heading(page, 'Awaiting your consideration').waitFor();
    await see(page.getByRole('banner')).toContainText('Permanent Mission of France');
    const row = page.getByRole('row').filter({ hasText: MEETING });
    await see(row).toContainText('Trafficking in persons');
    await see(row).toContainText(/4 days [45] h/);
    await see(row).toContainText(/EDT|EST|GMT-4|GMT-5/);
    const cells = row.getByRole('cell');
    await see(cells.nth(5)).toHaveText('2');
    await see(cells.nth(6)).toHaveText('1');
    await expectAccessible(page, 'awaiting your consideration');
    await shot(page, '08-awaiting-your-consideration');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in').waitFor();
    expect(await page.evaluate('Object.keys(sessionStorage).filter((key) => key.includes("token"))')).toEqual([]);
    expect((await context.cookies()).length).toBe(0);
    await context.close();
  });

  it('signs in and creates a meeting with the keyboard alone', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/sign-in`);
    await heading(page, 'Sign in').waitFor();
    await tabTo(page, 'button', 'Sign in');
    await page.keyboard.press('Enter');
    await heading(page, 'Meetings').waitFor();

    await tabTo(page, 'a', 'New meeting');
    await page.keyboard.press('Enter');
    await heading(page, 'New meeting').waitFor();
    await tabTo(page, 'input', 'Title');
    await page.keyboard.type('Political declaration on trafficking in persons, 2021');
    await tabTo(page, 'input', 'Identifier');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('trafficking-2021');
    await tabTo(page, 'input', 'Venue (optional)');
    await page.keyboard.type('General Assembly Hall');
    await tabTo(page, 'input', 'Which organizations were objected to, and how many States objected');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'input', 'Objected organizations go to the General Assembly for a decision');
    await page.keyboard.press('Space');
    await tabTo(page, 'input', 'Reminders, in hours before each deadline');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('48');
    await shot(page, '09-keyboard-form');
    await tabTo(page, 'button', 'Create meeting');
    await page.keyboard.press('Enter');

    await heading(page, 'Meetings').waitFor();
    await see(page.getByRole('row').filter({ hasText: 'trafficking-2021' })).toContainText('General Assembly Hall');
    const stored = (await procedure(t, 'trafficking-2021').get('/v1/meetings/trafficking-2021')).json();
    expect(stored.policy).toEqual({
      objectionDisclosure: 'organizations-and-states',
      objectedGoToGeneralAssembly: true,
      reminders: ['PT48H'],
    });
    await context.close();
  });

  it('speaks French with ?lang=fr, sets <html lang>, remembers the choice, and switches back', async () => {
    const { context, page } = await newPage('en-GB');
    await page.goto(`${base}/sign-in?lang=fr`);
    await heading(page, 'Connexion').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expectAccessible(page, 'connexion');
    await shot(page, '10-connexion');
    await page.getByRole('radio', { name: "Bureau du Président de l'Assemblée générale" }).check();
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await heading(page, 'Réunions').waitFor();
    await see(page.getByRole('columnheader', { name: 'Fuseau horaire' })).toBeVisible();
    await shot(page, '11-reunions');
    await page.goto(`${base}/meetings`);
    await heading(page, 'Réunions').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Meetings').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('sends a user whose token the engine refuses back to sign in, then back to the form with what they typed', async () => {
    const { context, page } = await newPage();
    // A token the console cannot tell from a good one, which the engine refuses (another secret): as an expired session.
    const refused = new JwtService({ secret: 'not-the-engine-secret' }).sign(
      { sub: 'pga-user', role: 'pga' },
      { expiresIn: 3600, algorithm: 'HS256' },
    );
    await context.addInitScript(
      `if (!sessionStorage.getItem('nihil-obstat.started')) {
        sessionStorage.setItem('nihil-obstat.started', '1');
        sessionStorage.setItem('nihil-obstat.token', ${JSON.stringify(refused)});
      }`,
    );
    await page.goto(`${base}/meetings/new`);
    await heading(page, 'New meeting').waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('A title typed before the session ended');
    await page.getByRole('button', { name: 'Create meeting' }).click();

    await heading(page, 'Sign in').waitFor();
    await see(page.getByRole('alert').filter({ hasText: 'Your session has expired' })).toBeVisible();
    await shot(page, '12-session-expired');
    await signInAsPga(page);
    await heading(page, 'New meeting').waitFor();
    await see(page.getByRole('textbox', { name: 'Title' })).toHaveValue('A title typed before the session ended');
    await context.close();
  });
});

/** Presses Tab (at most 40 times) until the focus is on the `tag` element whose accessible name starts with `name`. */
async function tabTo(page: Page, tag: string, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    // A string, evaluated in the page: the engine's tsconfig has no DOM types.
    const focused = await page.evaluate<{ tag: string; name: string }>(`(() => {
      const element = document.activeElement;
      if (!element) return { tag: '', name: '' };
      const labels = element.labels;
      const label = labels && labels.length > 0 ? labels[0].innerText : (element.getAttribute('aria-label') ?? element.innerText ?? '');
      return { tag: element.tagName.toLowerCase(), name: label.replace(/\\s*\\*\\s*$/, '').trim() };
    })()`);
    if (focused.tag === tag && focused.name.startsWith(name)) return;
  }
  throw new Error(`Tab never reached the ${tag} "${name}"`);
}

/** Playwright's web-first assertions, without @playwright/test: retried until they hold or 5 s pass. */
function see(locator: Locator) {
  const until = async (check: () => Promise<boolean>, what: () => Promise<string>) => {
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      if (await check().catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${String(locator)}: ${await what().catch((e: Error) => e.message)}`);
  };
  return {
    toBeVisible: () =>
      until(
        () => locator.isVisible(),
        () => Promise.resolve('is not visible'),
      ),
    toContainText: (text: string | RegExp) =>
      until(
        async () => {
          const content = await locator.first().innerText({ timeout: 500 });
          return typeof text === 'string' ? content.includes(text) : text.test(content);
        },
        async () => `does not contain ${String(text)}; it reads ${JSON.stringify(await locator.first().innerText({ timeout: 500 }))}`,
      ),
    toHaveText: (text: string) =>
      until(
        async () => (await locator.innerText({ timeout: 500 })).trim() === text,
        async () => `reads ${JSON.stringify(await locator.innerText({ timeout: 500 }))}, not ${JSON.stringify(text)}`,
      ),
    toHaveValue: (value: string) =>
      until(
        async () => (await locator.inputValue({ timeout: 500 })) === value,
        async () => `has the value ${JSON.stringify(await locator.inputValue({ timeout: 500 }))}, not ${JSON.stringify(value)}`,
      ),
    toHaveAttribute: (name: string, value: string) =>
      until(
        async () => (await locator.getAttribute(name, { timeout: 500 })) === value,
        async () => `has ${name}=${JSON.stringify(await locator.getAttribute(name, { timeout: 500 }))}, not ${JSON.stringify(value)}`,
      ),
  };
}
