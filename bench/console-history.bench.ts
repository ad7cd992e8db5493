/**
 * The History in Debian's Chromium, over a log of 10,000 events written through the engine's HTTP API (a meeting,
 * ten lists, organizations proposed 50 at a time), signed in as an auditor:
 *
 *   console.history10k.first_rows_ms   from navigation to /history (a fresh browser context: nothing cached) until its
 *                                      first event row is in the page, timed in the page (median of 5, after 1 to
 *                                      warm up; target <= 500)
 *   console.history10k.scroll_fps      frames per second while the list scrolls down 120 px a frame for 3 s,
 *                                      reading the next pages as it goes (target >= 50)
 */
import { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { serveConsole } from '../src/engine/console-static';
import { portOf, startBenchEngine } from './bench-engine';
import { BenchContext, Figure, inTemporaryFolder, median, register } from './bench-registry';
import { CONSOLE_ROOT, signedInPage, tokenFor } from './console.bench';

const MEETING = 'bench-history';
const LISTS = 10;
const PER_LIST = 1000;
const PER_COMMAND = 50;
const RUNS = { warmUp: 1, measured: 5 };
const AUDITOR = { role: 'auditor', sub: 'bench-auditor' };
const SCROLL = { pxPerFrame: 120, ms: 3000 };

register('console.history10k.', historyFigures);

async function* historyFigures(bench: BenchContext): AsyncIterable<Figure> {
  const wantsFirst = bench.wants('console.history10k.first_rows_ms');
  const wantsScroll = bench.wants('console.history10k.scroll_fps');
  if (!wantsFirst && !wantsScroll) return;
  yield* await inTemporaryFolder(async (folder) => {
    const app = await startBenchEngine(folder, {}, (engine) => serveConsole(engine, CONSOLE_ROOT));
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const base = `http://127.0.0.1:${portOf(app)}`;
      bench.progress(`console.history10k: ${(await seed(base)).toLocaleString('en')} events written`);
      const figures: Figure[] = [];
      if (wantsFirst) figures.push({ name: 'console.history10k.first_rows_ms', value: await firstRows(browser, base, bench), unit: 'ms' });
      if (wantsScroll) figures.push({ name: 'console.history10k.scroll_fps', value: await scrollFps(browser, base, bench), unit: 'fps' });
      return figures;
    } finally {
      await browser.close();
      await app.close();
    }
  });
}

async function seed(base: string): Promise<number> {
  const pga = tokenFor({ role: 'pga', sub: 'bench-pga' });
  const call = async (path: string, body: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${pga}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  };
  await call('/v1/meetings', { id: MEETING, title: 'History benchmark meeting', timezone: 'America/New_York' });
  let events = 1;
  for (let list = 1; list <= LISTS; list += 1) {
    const listUrl = `/v1/meetings/${MEETING}/lists/list-${list}`;
    await call(`/v1/meetings/${MEETING}/lists`, { id: `list-${list}`, kind: 'non-objection', title: `List ${list}` });
    events += 1;
    for (let from = 0; from < PER_LIST && events < 10_000; from += PER_COMMAND) {
      const count = Math.min(PER_COMMAND, 10_000 - events);
      const organizations = Array.from({ length: count }, (_, i) => ({
        name: `Organization ${list}-${String(from + i + 1).padStart(4, '0')}`,
        country: 'FRA',
        category: 'ngo',
      }));
      await call(`${listUrl}/entries`, { organizations });
      events += count;
    }
  }
  return events;
}

async function firstRows(browser: Browser, base: string, bench: BenchContext): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < RUNS.warmUp + RUNS.measured; run += 1) {
    const page = await signedInPage(browser, base, AUDITOR);
    await page.addInitScript(FIRST_ROW_WATCH);
    await page.goto(`${base}/history`, { waitUntil: 'commit' });
    const at = await page.evaluate<number>(`new Promise((resolve) => {
      const check = () => (window.firstHistoryRowAt ? resolve(window.firstHistoryRowAt) : requestAnimationFrame(check));
      check();
    })`);
    if (run >= RUNS.warmUp) samples.push(at);
    await page.context().close();
  }
  bench.progress(`console.history10k first rows: ${samples.map((s) => s.toFixed(0)).join(', ')} ms`);
  return Math.round(median(samples));
}

/**
 * Evaluated in the page before its own scripts: the instant (ms since navigation started, the page's time origin)
 * at which the first event row's link is in the History table, seen by a MutationObserver rather than by polling
 * from outside, so the figure holds no round trip between the bench and the browser.
 */
const FIRST_ROW_WATCH = `new MutationObserver((_, observer) => {
  if (document.querySelector('[role="table"][aria-label^="History: "] a')) {
    window.firstHistoryRowAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });`;

async function scrollFps(browser: Browser, base: string, bench: BenchContext): Promise<number> {
  const page = await signedInPage(browser, base, AUDITOR);
  await page.goto(`${base}/history`);
  await page
    .getByRole('table', { name: /^History: / })
    .getByRole('link')
    .first()
    .waitFor();
  // A string, evaluated in the page: the engine's tsconfig has no DOM types.
  const result = await page.evaluate<{ frames: number; ms: number; scrolled: number }>(`new Promise((resolve) => {
    const scroller = document.querySelector('[data-testid="history-scroll"]');
    let frames = 0;
    const started = performance.now();
    const step = (now) => {
      scroller.scrollTop += ${SCROLL.pxPerFrame};
      frames += 1;
      if (now - started < ${SCROLL.ms}) requestAnimationFrame(step);
      else resolve({ frames, ms: now - started, scrolled: scroller.scrollTop });
    };
    requestAnimationFrame(step);
  })`);
  const shown = await page.getByRole('status').innerText();
  await page.context().close();
  const fps = (result.frames * 1000) / result.ms;
  bench.progress(`console.history10k scroll: ${result.frames} frames in ${result.ms.toFixed(0)} ms, ${result.scrolled} px; ${shown}`);
  return Math.round(fps * 10) / 10;
}
