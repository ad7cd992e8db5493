import { JwtService } from '@nestjs/jwt';
import { DEVELOPMENT_JWT_SECRET } from '../src/platform/config';
import { portOf, startBenchEngine } from './bench-engine';
import { Figure, monotonicMs } from './bench-registry';

/**
 * hostile.render_flood.other_caller_ms: one account asks for eleven different letters at once (the renderer's
 * defaults: one render at a time, two per caller, the cache on), and, while they are in flight, another
 * account asks for a letter no one asked for before; the time of that letter, request sent to last byte
 * read, with Debian's Chromium. hostile.render_flood.alone_ms: the same kind of letter asked for alone, warm.
 */
const MEETING = 'bench-flood';
const LIST = 'flood';
const ORGANIZATIONS = 200;
const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

export async function renderFlood(folder: string, progress: (line: string) => void): Promise<Figure[]> {
  const app = await startBenchEngine(folder);
  try {
    const base = `http://127.0.0.1:${portOf(app)}`;
    await seed(base);
    const letter = (batch: number, lang: string, who: string) => fetchLetter(`${base}${letterPath(batch, lang)}`, who);
    await letter(3, 'fr', 'pga');
    const alone = await letter(3, 'en', 'pga');
    const floodUrls = [...LANGUAGES.map((lang) => [2, lang] as const), ...LANGUAGES.slice(1).map((lang) => [1, lang] as const)];
    const flood = floodUrls.map(([batch, lang]) => letter(batch, lang, 'FRA'));
    const other = await letter(1, 'en', 'MEX');
    const statuses = (await Promise.all(flood)).map((answer) => answer.status);
    if (other.status !== 200) throw new Error(`the other account's letter answered ${other.status}`);
    const refused = statuses.filter((status) => status === 429).length;
    progress(
      `hostile: ${refused} of ${statuses.length} flooding requests refused (429), ${statuses.filter((s) => s === 200).length} served; ` +
        `the other account's letter in ${Math.round(other.ms)} ms (alone ${Math.round(alone.ms)} ms)`,
    );
    return [
      { name: 'hostile.render_flood.other_caller_ms', value: other.ms, unit: 'ms' },
      { name: 'hostile.render_flood.alone_ms', value: alone.ms, unit: 'ms' },
    ];
  } finally {
    await app.close();
  }
}

const letterPath = (batch: number, lang: string) => `/v1/meetings/${MEETING}/lists/${LIST}/batches/${batch}/letter?lang=${lang}`;

async function fetchLetter(url: string, who: string): Promise<{ status: number; ms: number }> {
  const started = monotonicMs();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token(who)}` } });
  await response.arrayBuffer();
  if (response.status !== 200 && response.status !== 429) throw new Error(`${url}: ${response.status}`);
  return { status: response.status, ms: monotonicMs() - started };
}

function token(who: string): string {
  const claims = who === 'pga' ? { sub: 'bench-pga', role: 'pga' } : { sub: `bench-${who}`, role: 'member-state', state: who };
  return new JwtService({ secret: DEVELOPMENT_JWT_SECRET }).sign(claims, { expiresIn: '1h' });
}

/** Three batches of 200 organizations each. */
async function seed(base: string): Promise<void> {
  const call = async (path: string, body: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token('pga')}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  };
  await call('/v1/meetings', { id: MEETING, title: 'Bench meeting on a render flood', timezone: 'America/New_York' });
  await call(`/v1/meetings/${MEETING}/lists`, { id: LIST, kind: 'non-objection', title: 'Three batches' });
  for (let batch = 1; batch <= 3; batch++) {
    const organizations = Array.from({ length: ORGANIZATIONS }, (_, i) => ({
      name: `Organization ${batch}-${i + 1} against trafficking in persons`,
      country: ['AUS', 'BRA', 'CAN', 'KEN', 'NLD', 'USA'][i % 6],
      category: 'ngo',
    }));
    await call(`/v1/meetings/${MEETING}/lists/${LIST}/entries`, { organizations });
    await call(`/v1/meetings/${MEETING}/lists/${LIST}/batches`, {
      deadline: new Date(Date.now() + (29 + batch) * 86_400_000).toISOString(),
    });
  }
}
