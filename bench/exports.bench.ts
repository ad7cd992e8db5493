/**
 * Exports over real HTTP (127.0.0.1), the whole engine started in this process on the embedded store:
 *
 *   documents.xlsx1000.ms   GET .../lists/:listId/export?format=xlsx of a list of 1,000 entries, as the PGA
 *                           (every objection column), median of 15 after 3 to warm up (target <= 500)
 *   documents.csv10000.ms   the same as CSV for a list of 10,000 entries (target <= 300)
 *
 * Each list has one closed batch, every tenth entry objected (by a State, on behalf of another too), so the
 * objection columns are filled. The time is from the request until the last byte of the answer has arrived.
 */
import 'reflect-metadata';
import { JwtService } from '@nestjs/jwt';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEVELOPMENT_JWT_SECRET } from '../src/platform/config';
import { MEMBER_STATES } from '../src/kernel/reference/reference-data';
import { portOf, startBenchEngine } from './bench-engine';
import { BenchContext, Figure, inTemporaryFolder, median, monotonicMs, register } from './bench-registry';

const MEETING = 'bench-exports';
const WARM_UP = 3;
const SAMPLES = 15;
const PROPOSE_PER_REQUEST = 1000;
const OBJECTION_CONCURRENCY = 20;
const CASES = [
  { figure: 'documents.xlsx1000.ms', listId: 'list-1000', entries: 1000, format: 'xlsx' },
  { figure: 'documents.csv10000.ms', listId: 'list-10000', entries: 10_000, format: 'csv' },
] as const;

register(['documents.xlsx', 'documents.csv'], exportFigures);

async function exportFigures(bench: BenchContext): Promise<Figure[]> {
  const cases = CASES.filter((c) => bench.wants(c.figure));
  if (!cases.length) return [];
  return inTemporaryFolder(async (folder) => {
    const app = await startBenchEngine(folder, { RATE_LIMIT_RPM: '0' });
    try {
      const client = new Client(app);
      await client.send('POST', '/v1/meetings', { id: MEETING, title: 'Exports', timezone: 'America/New_York' });
      const figures: Figure[] = [];
      for (const c of cases) {
        bench.progress(`${c.figure}: a list of ${c.entries} entries`);
        await fillList(client, c.listId, c.entries);
        const ms = await timeExport(client, c.listId, c.format, c.entries);
        figures.push({ name: c.figure, value: ms, unit: 'ms' });
      }
      return figures;
    } finally {
      await app.close();
    }
  });
}

/** A non-objection list of `entries` organizations in one closed batch, every tenth objected. */
async function fillList(client: Client, listId: string, entries: number): Promise<void> {
  const base = `/v1/meetings/${MEETING}/lists/${listId}`;
  await client.send('POST', `/v1/meetings/${MEETING}/lists`, { id: listId, kind: 'non-objection', title: `List of ${entries}` });
  const ids: string[] = [];
  for (let first = 0; first < entries; first += PROPOSE_PER_REQUEST) {
    const organizations = Array.from({ length: Math.min(PROPOSE_PER_REQUEST, entries - first) }, (_, i) => ({
      name: `Organization ${first + i} for the prevention of trafficking`,
      country: MEMBER_STATES[(first + i) % MEMBER_STATES.length].code,
      category: 'ngo',
    }));
    ids.push(...((await client.send('POST', `${base}/entries`, { organizations })) as { entryIds: string[] }).entryIds);
  }
  const objected = ids.filter((_, index) => index % 10 === 0);
  // Time enough for every objection (about 20 ms each on this machine, 20 at a time), within MAX_DEADLINE_DAYS.
  const deadline = new Date(Date.now() + 5000 + objected.length * 20).toISOString();
  await client.send('POST', `${base}/batches`, { deadline });
  for (let first = 0; first < objected.length; first += OBJECTION_CONCURRENCY) {
    const some = objected.slice(first, first + OBJECTION_CONCURRENCY);
    await Promise.all(
      some.map((entryId, i) => {
        const state = MEMBER_STATES[(first + i) % MEMBER_STATES.length].code;
        const objection = { reason: 'Not independent.', ...(state === 'UGA' ? {} : { onBehalfOf: ['UGA'] }) };
        return client.send('POST', `${base}/entries/${entryId}/objections`, objection, client.state(state));
      }),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(deadline) - Date.now() + 100)));
  await client.send('POST', `${base}/batches/1/closure`, {});
}

async function timeExport(client: Client, listId: string, format: string, entries: number): Promise<number> {
  const url = `/v1/meetings/${MEETING}/lists/${listId}/export?format=${format}`;
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    const started = monotonicMs();
    const bytes = await client.download(url);
    if (i >= WARM_UP) times.push(monotonicMs() - started);
    if (format === 'csv' && bytes.toString('utf8').trimEnd().split('\r\n').length !== entries + 1) {
      throw new Error(`the CSV export of ${listId} does not have ${entries} rows`);
    }
  }
  return Math.round(median(times) * 10) / 10;
}

class Client {
  private readonly base: string;
  private readonly jwt = new JwtService({ secret: DEVELOPMENT_JWT_SECRET, signOptions: { algorithm: 'HS256', expiresIn: '1h' } });
  private readonly pga = `Bearer ${this.jwt.sign({ sub: 'bench-pga', role: 'pga' })}`;

  constructor(app: NestFastifyApplication) {
    this.base = `http://127.0.0.1:${portOf(app)}`;
  }

  state(code: string): string {
    return `Bearer ${this.jwt.sign({ sub: `bench-${code}`, role: 'member-state', state: code })}`;
  }

  async send(method: string, url: string, body: unknown, authorization = this.pga): Promise<unknown> {
    const response = await fetch(`${this.base}${url}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${text}`);
    return JSON.parse(text) as unknown;
  }

  async download(url: string): Promise<Buffer> {
    const response = await fetch(`${this.base}${url}`, { headers: { authorization: this.pga } });
    if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
    return Buffer.from(await response.arrayBuffer());
  }
}
