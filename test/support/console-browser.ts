import { AxeBuilder } from '@axe-core/playwright';
import { expect } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { expectCompiled } from './compiled';
import { BUILT_CONSOLE, TestApp } from './test-app';

/**
 * The web console in a real browser, for the browser tests (test/console/*.e2e-spec.ts): Debian's Chromium
 * driven by playwright-core (no browser is ever downloaded: CHROMIUM_PATH or /usr/bin/chromium), the console
 * served by the engine from dist/console, which `npm test` builds. Elements are found by role and accessible
 * name, as a screen reader finds them; axe finds no serious or critical WCAG 2.2 AA violation on any page; every
 * page runs under the Content-Security-Policy the engine sends (added here when a test app sends none).
 * Screenshots go to test-output/console/ (not committed).
 */

export const SHOTS = join('test-output', 'console');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The policy the console must run under, as the engine sends it (src/platform/http/security-headers.ts). */
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

export interface ConsoleBrowser {
  /** The engine's address as the browser reaches it. */
  base: string;
  /** A fresh browser tab (its own sessionStorage and localStorage), in English unless asked otherwise. */
  newPage: (locale?: string) => Promise<{ context: BrowserContext; page: Page }>;
  /** Page errors and console errors seen since the last call (each test expects none). */
  takeProblems: () => string[];
  close: () => Promise<void>;
}

/** Launches Chromium against a running test app (its clock should be the browser's: `now: new Date().toISOString()`). */
export async function openConsoleBrowser(t: TestApp): Promise<ConsoleBrowser> {
  expectCompiled(join(BUILT_CONSOLE, 'index.html'));
  mkdirSync(SHOTS, { recursive: true });
  const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const problems: string[] = [];
  const newPage = async (locale = 'en-GB') => {
    // Reduced motion: dialogs open at once, so axe never measures a half-faded colour.
    const context = await browser.newContext({
      locale,
      timezoneId: 'Europe/Paris',
      viewport: { width: 1280, height: 860 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    // The live updates' stream never ends: it goes straight to the engine (it is no page, so needs no policy).
    const intercepted = (url: URL) => url.href.startsWith(`${base}/`) && url.pathname !== '/v1/events/stream';
    await page.route(intercepted, async (route) => {
      try {
        const response = await route.fetch();
        const headers = response.headers();
        if ((headers['content-type'] ?? '').includes('text/html') && !headers['content-security-policy']) {
          headers['content-security-policy'] = CSP;
        }
        await route.fulfill({ response, headers });
      } catch (error) {
        // The page navigated or closed while the answer was on its way: the request is gone, nothing to fulfil.
        if (!/disposed|closed|cancel/i.test((error as Error).message)) throw error;
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const text = message.text();
      // Chromium logs every 4xx answer ("Failed to load resource"); the tests provoke some on purpose.
      if (message.type() === 'error' && !/^Failed to load resource/.test(text)) problems.push(`console: ${text}`);
    });
    return { context, page };
  };
  return { base, newPage, takeProblems: () => problems.splice(0), close: () => browser.close() };
}

export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

export async function signInAsPga(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'Office of the President of the General Assembly' }).check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await signedIn(page);
}

/**
 * Resolves once the console has its token and has left the sign-in page: a test that goes to another address
 * at once would otherwise cut the token's request short on a busy machine and find itself signed out.
 */
const signedIn = (page: Page) => page.waitForURL((url) => url.pathname !== '/sign-in');

/** Signs in as an auditor from the sign-in page, and waits for the auditor's landing page, the History. */
export async function signInAsAuditor(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByRole('radio', { name: 'Auditor' }).check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await heading(page, 'History').waitFor();
}

/** Signs in as a State's mission, chosen by its English name in the combobox ("France"). */
export async function signInAsState(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name: "A Member State's mission or an observer" }).check();
  const state = page.getByRole('combobox', { name: 'Member State or observer' });
  await state.fill(name.slice(0, 4));
  await page.getByRole('option', { name, exact: true }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await signedIn(page);
}

/** Presses Tab (at most 40 times) until the focus is on the `tag` element whose accessible name starts with `name`. */
export async function tabTo(page: Page, tag: string, name: string): Promise<void> {
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
export function see(locator: Locator) {
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
