import { jest } from '@jest/globals';
import { Page } from 'playwright-core';
import { UN_LANGUAGES } from '../../console/src/format/languages';
import {
  ConsoleBrowser,
  expectAccessible,
  openConsoleBrowser,
  see,
  shot,
  signInAsAuditor,
  signInAsPga,
  signInAsState,
} from '../support/console-browser';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Each area's main pages in each of the six languages: the page speaks the language (`<html lang>`), Arabic lays
 * out right to left, no message is missing or broken (the console says so in the browser's console, which fails the
 * test), no message key shows on screen, and axe finds no serious or critical violation. Screenshots:
 * test-output/console/lang-<language>-<page>.png.
 */

jest.setTimeout(600_000);

const MEETING = 'trafficking-2013';
const LIST = 'other-ngos';
const HOUR = 3_600_000;
/** A message key that slipped onto the screen: "list.entries.title". */
const RAW_KEY = /\b[a-z][a-zA-Z]+(?:\.[a-zA-Z][a-zA-Z0-9]*){2,}\b/;

/** Web and mail addresses, which look like keys: "https://mission.example.org/hooks". */
const ADDRESS = /\S*\b[\w-]+\.(?:org|com|net|int|gov)\b\S*/g;

const AREAS = {
  signedOut: { signIn: () => Promise.resolve(), pages: { 'sign-in': '/sign-in' } },
  pga: {
    signIn: signInAsPga,
    pages: {
      meetings: '/meetings',
      dashboard: `/meetings/${MEETING}`,
      list: `/meetings/${MEETING}/lists/${LIST}`,
      arrangements: `/meetings/${MEETING}/arrangements`,
      'as-of': `/meetings/${MEETING}/as-of`,
    },
  },
  mission: {
    signIn: (page: Page) => signInAsState(page, 'France'),
    pages: { pending: '/pending', batch: `/meetings/${MEETING}/lists/${LIST}/batches/1`, speakers: '/speakers', settings: '/settings' },
  },
  auditor: { signIn: () => Promise.resolve(), pages: { history: '/history', 'audit-jobs': '/audit/jobs' } },
} satisfies Record<string, { signIn: (page: Page) => Promise<void>; pages: Record<string, string> }>;

describe('the console in the six languages', () => {
  let t: TestApp;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    const now = Date.now();
    t = await startTestApp({ now: new Date(now).toISOString() });
    const steps = procedure(t, MEETING);
    await steps.createMeeting();
    await steps.createList(LIST, 'non-objection');
    const [, polaris] = await steps.propose(LIST, [org('La Strada International', 'NLD'), org('Polaris Project', 'USA')]);
    await steps.submit(LIST, new Date(now + HOUR).toISOString());
    expect((await steps.object(LIST, polaris, 'FRA', { reason: 'Not relevant' })).statusCode).toBe(201);
    browser = await openConsoleBrowser(t);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(() => {
    expect({ browserProblems: browser.takeProblems() }).toEqual({ browserProblems: [] });
  });

  it.each(Object.entries(AREAS))('shows the %s pages in every language', async (area, { signIn, pages }) => {
    const { context, page } = await browser.newPage();
    if (area === 'auditor') await signInAsAuditor(page, browser.base);
    else {
      await page.goto(`${browser.base}/sign-in`);
      await signIn(page);
    }
    for (const language of UN_LANGUAGES) {
      for (const [name, path] of Object.entries(pages)) await expectSpoken(page, `${browser.base}${path}`, language, name);
    }
    await context.close();
  });

  async function expectSpoken(page: Page, address: string, language: string, name: string): Promise<void> {
    await page.goto(`${address}?lang=${language}`);
    await see(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Not 'networkidle': the live updates' stream stays open. The page has settled when nothing says it is loading.
    await page.locator('[aria-busy="true"], .mantine-Loader-root').first().waitFor({ state: 'detached' });
    const { lang, dir, text } = await page.evaluate<{ lang: string; dir: string; text: string }>(
      '({ lang: document.documentElement.lang, dir: getComputedStyle(document.body).direction, text: document.body.innerText })',
    );
    expect({ name, lang, dir }).toEqual({ name, lang: language, dir: language === 'ar' ? 'rtl' : 'ltr' });
    expect({ name, language, rawKey: RAW_KEY.exec(text.replace(ADDRESS, ''))?.[0] }).toEqual({ name, language, rawKey: undefined });
    if (language === 'ar') await expectMirrored(page, name);
    await expectAccessible(page, `${name} (${language})`);
    await shot(page, `lang-${language}-${name}`);
  }

  /** Right to left, the page's first heading starts at the right: its right edge is in the right half of the page. */
  async function expectMirrored(page: Page, name: string): Promise<void> {
    const box = await page.getByRole('heading', { level: 1 }).first().boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect({ name, headingEndsRight: (box?.x ?? 0) + (box?.width ?? 0) > width / 2 }).toEqual({ name, headingEndsRight: true });
  }
});
