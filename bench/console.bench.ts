/**
 * The web console in Debian's Chromium (playwright-core; CHROMIUM_PATH or /usr/bin/chromium), served by the
 * whole engine in this process on the embedded store, as `npm start` serves it from dist/console:
 *
 *   console.js_gzip_kb.<lang>        the JavaScript a first visit in that language loads before its sign-in page
 *                                    shows (`/sign-in?lang=`: the scripts, their preloads, the language's
 *                                    messages and names), gzipped as a server would send it (target <= 300)
 *   console.js_gzip_kb               the largest of the six (target <= 300)
 *   console.list1000.ready_ms        from navigation to a list of 1,000 entries until its first row shows and
 *                                    its search box takes input, signed in as the PGA (median of 5, after 1 to
 *                                    warm up; target <= 1,500)
 *   console.objection.roundtrip_ms   a mission's "Send the objection" (the dialog's last step) until "Your
 *                                    mission's objection to … was recorded" shows on screen (p95 of 30
 *                                    objections, each on a fresh entry; target <= 300)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Browser, chromium, Page } from 'playwright-core';
import { serveConsole } from '../src/engine/console-static';
import { UN_LANGUAGES } from '../src/kernel/languages';
import { DEVELOPMENT_JWT_SECRET } from '../src/platform/config';
import { createHmac } from 'node:crypto';
import { portOf, startBenchEngine } from './bench-engine';
import { BenchContext, Figure, inTemporaryFolder, median, monotonicMs, percentile, register } from './bench-registry';

/** The console `npm run build` (or `build:console`) publishes in dist/: the bench runs from .build/tools, in the package root. */
export const CONSOLE_ROOT = resolve('dist', 'console');
const MEETING = 'bench-console';
const BIG_LIST = 'thousand';
const OBJECTION_LIST = 'objections';
const LIST_RUNS = { warmUp: 1, measured: 5 };
const OBJECTIONS = { warmUp: 3, measured: 30 };
const STATE = 'FRA';

register('console.', consoleFigures);

async function* consoleFigures(bench: BenchContext): AsyncIterable<Figure> {
  const wantsScripts = ['console.js_gzip_kb', ...UN_LANGUAGES.map((lang) => `console.js_gzip_kb.${lang}`)].some((name) =>
    bench.wants(name),
  );
  const wantsList = bench.wants('console.list1000.ready_ms');
  const wantsObjection = bench.wants('console.objection.roundtrip_ms');
  if (!wantsScripts && !wantsList && !wantsObjection) return;
  yield* await inTemporaryFolder(async (folder) => {
    const app = await startBenchEngine(folder, {}, (engine) => serveConsole(engine, CONSOLE_ROOT));
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const base = `http://127.0.0.1:${portOf(app)}`;
      const figures: Figure[] = wantsScripts ? await initialJavaScript(browser, base) : [];
      if (!wantsList && !wantsObjection) return figures;
      const seeded = await seed(base);
      bench.progress('console: meeting with a list of 1,000 entries and a batch of 40 ready');
      if (wantsList) figures.push({ name: 'console.list1000.ready_ms', value: await listReady(browser, base, bench), unit: 'ms' });
      if (wantsObjection) {
        figures.push({ name: 'console.objection.roundtrip_ms', value: await objectionRoundtrip(browser, base, seeded, bench), unit: 'ms' });
      }
      return figures;
    } finally {
      await browser.close();
      await app.close();
    }
  });
}

/** Each language's first visit: every script the sign-in page fetched before it showed, gzipped from dist/console. */
async function initialJavaScript(browser: Browser, base: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const lang of UN_LANGUAGES) {
    const page = await browser.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
    });
    await page.goto(`${base}/sign-in?lang=${lang}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.close();
    const bytes = [...scripts].reduce((total, path) => total + gzipSync(readFileSync(join(CONSOLE_ROOT, path))).length, 0);
    figures.push({ name: `console.js_gzip_kb.${lang}`, value: Math.round((bytes / 1024) * 10) / 10, unit: 'KiB' });
  }
  const largest = Math.max(...figures.map((figure) => figure.value));
  return [{ name: 'console.js_gzip_kb', value: largest, unit: 'KiB' }, ...figures];
}

interface Seeded {
  /** Entry ids of the 40-entry batch the mission objects to, in the list's order. */
  objectionEntries: string[];
}

async function seed(base: string): Promise<Seeded> {
  const pga = tokenFor({ role: 'pga', sub: 'bench-pga' });
  const call = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${pga}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const meetingUrl = `/v1/meetings/${MEETING}`;
  await call('POST', '/v1/meetings', { id: MEETING, title: 'Console benchmark meeting', timezone: 'America/New_York' });
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const ids: Record<string, string[]> = {};
  for (const [listId, count] of [
    [BIG_LIST, 1000],
    [OBJECTION_LIST, 40],
  ] as const) {
    await call('POST', `${meetingUrl}/lists`, { id: listId, kind: 'non-objection', title: `Benchmark list of ${count}` });
    const organizations = Array.from({ length: count }, (_, i) => ({
      name: `Organization ${String(i + 1).padStart(4, '0')}`,
      country: COUNTRIES[i % COUNTRIES.length],
      category: 'ngo',
    }));
    ids[listId] = (await call('POST', `${meetingUrl}/lists/${listId}/entries`, { organizations })).entryIds as string[];
    await call('POST', `${meetingUrl}/lists/${listId}/batches`, { deadline });
  }
  return { objectionEntries: ids[OBJECTION_LIST] };
}

const COUNTRIES = ['FRA', 'NGA', 'BRA', 'IND', 'POL', 'USA', 'EGY', 'JPN', 'MEX', 'KEN'];

export async function signedInPage(browser: Browser, base: string, claims: Record<string, string>): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 860 } });
  await context.addInitScript(`sessionStorage.setItem('nihil-obstat.token', ${JSON.stringify(tokenFor(claims))});`);
  const page = await context.newPage();
  await page.goto(`${base}/`);
  return page;
}

async function listReady(browser: Browser, base: string, bench: BenchContext): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < LIST_RUNS.warmUp + LIST_RUNS.measured; run += 1) {
    const page = await signedInPage(browser, base, { role: 'pga', sub: 'bench-pga' });
    const started = monotonicMs();
    await page.goto(`${base}/meetings/${MEETING}/lists/${BIG_LIST}`);
    await page.getByRole('row', { name: /Organization 0001/ }).waitFor();
    const search = page
      .getByRole('searchbox')
      .or(page.getByRole('textbox', { name: /search/i }))
      .first();
    await search.fill('Organization 0999');
    await page.getByRole('row', { name: /Organization 0999/ }).waitFor();
    if (run >= LIST_RUNS.warmUp) samples.push(monotonicMs() - started);
    await page.context().close();
  }
  bench.progress(`console.list1000: ${samples.map((s) => s.toFixed(0)).join(', ')} ms`);
  return Math.round(median(samples));
}

async function objectionRoundtrip(browser: Browser, base: string, { objectionEntries }: Seeded, bench: BenchContext): Promise<number> {
  const page = await signedInPage(browser, base, { role: 'member-state', state: STATE, sub: `bench-${STATE}` });
  await page.goto(`${base}/meetings/${MEETING}/lists/${OBJECTION_LIST}/batches/1`);
  const samples: number[] = [];
  for (let i = 0; i < OBJECTIONS.warmUp + OBJECTIONS.measured && i < objectionEntries.length; i += 1) {
    const name = `Organization ${String(i + 1).padStart(4, '0')}`;
    await page.getByRole('button', { name: `Object to ${name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const send = dialog.getByRole('button', { name: 'Send the objection' });
    await send.waitFor();
    const started = monotonicMs();
    await send.click();
    await page
      .getByRole('status')
      .filter({ hasText: `objection to ${name} was recorded` })
      .waitFor();
    if (i >= OBJECTIONS.warmUp) samples.push(monotonicMs() - started);
  }
  await page.context().close();
  bench.progress(
    `console.objection: p50 ${percentile(samples, 50).toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms over ${samples.length}`,
  );
  return Math.round(percentile(samples, 95));
}

/** An HS256 token for the development secret, valid for an hour. */
export function tokenFor(claims: Record<string, string>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const iat = Math.floor(Date.now() / 1000);
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ ...claims, iat, exp: iat + 3600 })}`;
  return `${body}.${createHmac('sha256', DEVELOPMENT_JWT_SECRET).update(body).digest('base64url')}`;
}
