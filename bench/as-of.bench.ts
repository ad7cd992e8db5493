/**
 * What a repeated `?asOf=` costs once its view is kept (docs/audit.md, "What a view as of a point may cost"):
 *
 *   hostile.as_of.cold_ms    the first read of a list of 2000 entries as of an instant after its last event (a replay)
 *   hostile.as_of.repeat_ms  the median of 20 reads of the same list as of 20 other later instants (the kept view)
 */
import 'reflect-metadata';
import { JwtService } from '@nestjs/jwt';
import { DEVELOPMENT_JWT_SECRET } from '../src/platform/config';
import { portOf, startBenchEngine } from './bench-engine';
import { BenchContext, Figure, inTemporaryFolder, median, monotonicMs, register } from './bench-registry';

const ENTRIES = 2000;
const PER_PROPOSAL = 500;
const REPEATS = 20;
const MEETING = '/v1/meetings/bench-as-of';
const LIST = `${MEETING}/lists/civil-society`;

register('hostile.as_of.', (bench) => inTemporaryFolder((folder) => measure(bench, folder)));

async function measure(bench: BenchContext, folder: string): Promise<Figure[]> {
  const app = await startBenchEngine(folder);
  try {
    const base = `http://127.0.0.1:${portOf(app)}`;
    const token = new JwtService({ secret: DEVELOPMENT_JWT_SECRET }).sign({ sub: 'bench', role: 'pga' }, { expiresIn: '1h' });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    bench.progress(`hostile: a list of ${ENTRIES} entries, read as of later instants`);
    await fill(base, headers);
    const later = (seconds: number) => new Date(Date.now() + 3_600_000 + seconds * 1000).toISOString();
    const cold = await timedRead(base, headers, later(0));
    const repeats: number[] = [];
    for (let i = 1; i <= REPEATS; i++) repeats.push(await timedRead(base, headers, later(i)));
    return [
      { name: 'hostile.as_of.cold_ms', value: cold, unit: 'ms' },
      { name: 'hostile.as_of.repeat_ms', value: median(repeats), unit: 'ms' },
    ];
  } finally {
    await app.close();
  }
}

async function fill(base: string, headers: Record<string, string>): Promise<void> {
  const post = async (url: string, body: unknown) => {
    const response = await fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  };
  await post('/v1/meetings', { id: 'bench-as-of', title: 'Bench', timezone: 'America/New_York', policy: {} });
  await post(`${MEETING}/lists`, { id: 'civil-society', kind: 'non-objection', title: 'Civil society' });
  for (let from = 0; from < ENTRIES; from += PER_PROPOSAL) {
    const organizations = Array.from({ length: PER_PROPOSAL }, (_, i) => ({
      name: `Organization ${from + i}`,
      country: 'NLD',
      category: 'ngo',
    }));
    await post(`${LIST}/entries`, { organizations });
  }
}

async function timedRead(base: string, headers: Record<string, string>, instant: string): Promise<number> {
  const started = monotonicMs();
  const response = await fetch(`${base}${LIST}?asOf=${encodeURIComponent(instant)}`, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`asOf ${instant}: ${response.status}`);
  return monotonicMs() - started;
}
