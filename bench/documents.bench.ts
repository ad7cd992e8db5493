/**
 * Letters rendered to PDF by the whole engine in this process (embedded store, Debian's Chromium through
 * CHROMIUM_PATH or /usr/bin/chromium, as `npm start` runs it), over real HTTP on 127.0.0.1:
 *
 *   documents.letter1000.ms          GET .../batches/1/letter for a batch of 1,000 organizations, with the
 *                                    renderer warm (its Chromium launched by 2 earlier letters): median of 7,
 *                                    request sent to last byte read (target <= 2,000)
 *   documents.render.peak_rss_mb     the engine's RSS plus the RSS of every Chromium process it started (read
 *                                    from /proc: the engine's descendants), sampled every 20 ms through the 7
 *                                    letters and then 4 letters (in 4 languages) asked for at once; the peak (target <= 600).
 *                                    Pages shared between Chromium's processes (its ~100 MiB binary, fonts) are
 *                                    counted once per process, so the figure overstates what they take together
 *   documents.render.peak_pss_mb     the same sum in proportional set size (/proc/<pid>/smaps_rollup: a page
 *                                    shared by n processes counts 1/n in each): the memory they take together
 *
 * The renderer's cache is off here (DOCUMENTS_CACHE_MB=0) and the four letters at once are four different
 * documents, which no share of a caller refuses (DOCUMENTS_RENDERS_PER_CALLER=4): what is measured is Chromium
 * rendering, not an answer from the cache.
 *
 * The other figures of the documents group (exports) are in exports.bench.ts.
 */
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { DEVELOPMENT_JWT_SECRET } from '../src/platform/config';
import { portOf, startBenchEngine } from './bench-engine';
import { BenchContext, Figure, inTemporaryFolder, median, monotonicMs, register } from './bench-registry';

const MEETING = 'bench-letters';
const LIST = 'thousand';
const ORGANIZATIONS = 1000;
const RUNS = { warmUp: 2, measured: 7, burst: 4 };
const SAMPLE_EVERY_MS = 20;
const COUNTRIES = ['AUS', 'BRA', 'CAN', 'DEU', 'EGY', 'FRA', 'IND', 'JPN', 'KEN', 'MEX', 'NLD', 'PHL', 'THA', 'USA', 'ZAF'];

register(['documents.letter', 'documents.render'], letterFigures);

async function* letterFigures(bench: BenchContext): AsyncIterable<Figure> {
  const wantsTime = bench.wants('documents.letter1000.ms');
  const wantsRss = bench.wants('documents.render.peak_rss_mb');
  const wantsPss = bench.wants('documents.render.peak_pss_mb');
  if (!wantsTime && !wantsRss && !wantsPss) return;
  yield* await inTemporaryFolder(async (folder) => {
    const app = await startBenchEngine(folder, { DOCUMENTS_CACHE_MB: '0', DOCUMENTS_RENDERS_PER_CALLER: String(RUNS.burst) });
    const peak = new PeakRss();
    try {
      const base = `http://127.0.0.1:${portOf(app)}`;
      await seed(base);
      bench.progress(`documents: a batch of ${ORGANIZATIONS} organizations submitted`);
      const letter = (lang = 'en') => fetchLetter(`${base}/v1/meetings/${MEETING}/lists/${LIST}/batches/1/letter?lang=${lang}`);
      for (let i = 0; i < RUNS.warmUp; i++) await letter();
      peak.start();
      const times: number[] = [];
      for (let i = 0; i < RUNS.measured; i++) times.push(await timed(letter));
      bench.progress(`documents: letters of ${ORGANIZATIONS} organizations in ${times.map(Math.round).join(', ')} ms`);
      await Promise.all(['en', 'fr', 'es', 'ru'].slice(0, RUNS.burst).map(letter));
      const figures: Figure[] = [];
      if (wantsTime) figures.push({ name: 'documents.letter1000.ms', value: Math.round(median(times)), unit: 'ms' });
      const peakRss = peak.stop();
      bench.progress(
        `documents: peak RSS ${Math.round(peakRss)} MiB, peak PSS ${Math.round(peak.peakPssMb)} MiB (engine and Chromium; the engine alone ${Math.round(process.memoryUsage().rss / 1048576)} MiB RSS now)`,
      );
      if (wantsRss) figures.push({ name: 'documents.render.peak_rss_mb', value: Math.round(peakRss), unit: 'MiB' });
      if (wantsPss) figures.push({ name: 'documents.render.peak_pss_mb', value: Math.round(peak.peakPssMb), unit: 'MiB' });
      return figures;
    } finally {
      peak.stop();
      await app.close();
    }
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = monotonicMs();
  await work();
  return monotonicMs() - started;
}

async function fetchLetter(url: string): Promise<number> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token('pga')}` } });
  const bytes = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`letter: ${response.status} ${Buffer.from(bytes).toString()}`);
  return bytes.byteLength;
}

async function seed(base: string): Promise<void> {
  const call = async (path: string, body: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token('pga')}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  };
  await call('/v1/meetings', { id: MEETING, title: 'Bench meeting on letters', timezone: 'America/New_York' });
  await call(`/v1/meetings/${MEETING}/lists`, { id: LIST, kind: 'non-objection', title: 'A thousand organizations' });
  const organizations = Array.from({ length: ORGANIZATIONS }, (_, i) => ({
    name: `Organization number ${i + 1} against trafficking in persons`,
    country: COUNTRIES[i % COUNTRIES.length],
    category: 'ngo',
  }));
  await call(`/v1/meetings/${MEETING}/lists/${LIST}/entries`, { organizations });
  await call(`/v1/meetings/${MEETING}/lists/${LIST}/batches`, { deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() });
}

function token(role: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: `bench-${role}`, role, iat: now, exp: now + 3600 })}`;
  return `${unsigned}.${createHmac('sha256', DEVELOPMENT_JWT_SECRET).update(unsigned).digest('base64url')}`;
}

/** The highest RSS of this process and all its descendants (Chromium and its helpers), sampled on a timer. */
class PeakRss {
  private peakMb = 0;
  /** The same sum in proportional set size, which counts a page shared by n processes as 1/n in each. */
  peakPssMb = 0;
  private timer?: NodeJS.Timeout;

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), SAMPLE_EVERY_MS);
  }

  stop(): number {
    clearInterval(this.timer);
    this.timer = undefined;
    return this.peakMb;
  }

  private sample(): void {
    const pids = [process.pid, ...descendantsOf(process.pid)];
    this.peakMb = Math.max(this.peakMb, pids.reduce((sum, pid) => sum + memoryKb(pid, 'status', 'VmRSS'), 0) / 1024);
    this.peakPssMb = Math.max(this.peakPssMb, pids.reduce((sum, pid) => sum + memoryKb(pid, 'smaps_rollup', 'Pss'), 0) / 1024);
  }
}

function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const found: number[] = [];
  const pending = [root];
  while (pending.length) {
    for (const child of children.get(pending.pop()!) ?? []) {
      found.push(child);
      pending.push(child);
    }
  }
  return found;
}

/** The fourth field of /proc/<pid>/stat, after the command name in parentheses (which may hold spaces). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function memoryKb(pid: number, file: 'status' | 'smaps_rollup', field: 'VmRSS' | 'Pss'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
