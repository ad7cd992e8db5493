/**
 * Live updates in Debian's Chromium, against the whole engine in this process (embedded store):
 *
 *   console.live.latency_ms   a Member State's objection, sent over HTTP by another client, until the
 *                             objection count shows in its row of the PGA's list page, open in the browser
 *                             with no reload (p95 of 30 objections after 3 to warm up, each on a fresh entry;
 *                             target <= 500)
 */
import { chromium } from 'playwright-core';
import { serveConsole } from '../src/engine/console-static';
import { portOf, startBenchEngine } from './bench-engine';
import { BenchContext, Figure, inTemporaryFolder, monotonicMs, percentile, register } from './bench-registry';
import { CONSOLE_ROOT, signedInPage, tokenFor } from './console.bench';

const MEETING = 'bench-live';
const LIST = 'live';
const OBJECTIONS = { warmUp: 3, measured: 30 };

register('console.live.', liveFigures);

async function liveFigures(bench: BenchContext): Promise<Figure[]> {
  return inTemporaryFolder(async (folder) => {
    const app = await startBenchEngine(folder, {}, (engine) => serveConsole(engine, CONSOLE_ROOT));
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const base = `http://127.0.0.1:${portOf(app)}`;
      const entryIds = await seed(base);
      const page = await signedInPage(browser, base, { role: 'pga', sub: 'bench-pga' });
      await page.goto(`${base}/meetings/${MEETING}/lists/${LIST}`);
      const row = (i: number) => page.getByRole('row', { name: new RegExp(nameOf(i)) });
      await row(0).waitFor();
      const samples: number[] = [];
      for (let i = 0; i < OBJECTIONS.warmUp + OBJECTIONS.measured; i += 1) {
        // The table renders the rows in view only: the search brings each entry's row into it, untimed.
        await page.getByRole('searchbox', { name: 'Search' }).fill(nameOf(i));
        await row(i).waitFor();
        const started = monotonicMs();
        await call(base, 'POST', `/v1/meetings/${MEETING}/lists/${LIST}/entries/${entryIds[i]}/objections`, {}, mission);
        await row(i).getByRole('cell').last().filter({ hasText: /^1$/ }).waitFor();
        if (i >= OBJECTIONS.warmUp) samples.push(monotonicMs() - started);
      }
      bench.progress(
        `console.live: p50 ${percentile(samples, 50).toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms over ${samples.length}`,
      );
      return [{ name: 'console.live.latency_ms', value: Math.round(percentile(samples, 95)), unit: 'ms' }];
    } finally {
      await browser.close();
      await app.close();
    }
  });
}

const pga = () => tokenFor({ role: 'pga', sub: 'bench-pga' });
const mission = () => tokenFor({ role: 'member-state', state: 'FRA', sub: 'bench-FRA' });
const nameOf = (i: number) => `Organization ${String(i + 1).padStart(4, '0')}`;

async function call(base: string, method: string, path: string, body: unknown, token = pga): Promise<Record<string, unknown>> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** A meeting with one batch of entries under consideration, one per objection. */
async function seed(base: string): Promise<string[]> {
  await call(base, 'POST', '/v1/meetings', { id: MEETING, title: 'Live updates benchmark meeting', timezone: 'America/New_York' });
  await call(base, 'POST', `/v1/meetings/${MEETING}/lists`, { id: LIST, kind: 'non-objection', title: 'Benchmark list' });
  const organizations = Array.from({ length: OBJECTIONS.warmUp + OBJECTIONS.measured }, (_, i) => ({
    name: nameOf(i),
    country: 'KEN',
    category: 'ngo',
  }));
  const { entryIds } = await call(base, 'POST', `/v1/meetings/${MEETING}/lists/${LIST}/entries`, { organizations });
  await call(base, 'POST', `/v1/meetings/${MEETING}/lists/${LIST}/batches`, {
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  });
  return entryIds as string[];
}
