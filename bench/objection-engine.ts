/** The objection bench's engine, in this process over loopback HTTP, and the lists it builds through the public API. */
import { JwtService } from '@nestjs/jwt';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { listDecider } from '../src/accreditation/domain/list.decider';
import { listStream } from '../src/accreditation/domain/list.events';
import { CommandExecutor } from '../src/event-store/commands/command-executor';
import { EVENT_STORE, EventStore } from '../src/event-store/event-store.port';
import { ProjectionRunner } from '../src/event-store/projections/projection-runner';
import { DEVELOPMENT_JWT_SECRET } from '../src/platform/config';
import { MEMBER_STATES } from '../src/kernel/reference/reference-data';
import { portOf, startBenchEngine } from './bench-engine';
import { BenchContext, monotonicMs } from './bench-registry';
import { engineUpcasters } from '../src/engine/engine-upcasters';

export const MEETING = 'bench-objections';
/** Far enough that no batch closes during the run, within MAX_DEADLINE_DAYS (366) of now. */
export const FAR_DEADLINE = new Date(Date.now() + 300 * 86_400_000).toISOString();
export const PROPOSE_PER_REQUEST = 1000;
export const SETUP_CONCURRENCY = 50;
export const STATES = MEMBER_STATES.map((state) => state.code);

/** One sequential objection by the next fresh (State, entry) pair of the list; its latency in ms. */
export async function objectOnce(engine: Engine, target: ObjectionTarget): Promise<number> {
  const { entryId, state } = target.nextPair();
  const started = monotonicMs();
  const response = await engine.object(target.listId, entryId, state);
  const elapsed = monotonicMs() - started;
  expectStatus(response, 201, `objection by ${state} to ${entryId} on ${target.listId}`);
  target.events += 1;
  return elapsed;
}

// ---------------------------------------------------------------------------------------------
// Building lists through the public API

export interface ObjectionTarget {
  listId: string;
  entryIds: readonly string[];
  /** (State, entry) pairs used so far: pair n is entry n mod entries, State floor(n / entries). */
  pairsUsed: number;
  /** Events in the list's stream so far (as far as this bench wrote them). */
  events: number;
  /** The next (State, entry) pair that has not objected yet. */
  nextPair(): { entryId: string; state: string };
}

/**
 * A non-objection list with `entries` entries in one open batch (far-future deadline), then as many
 * objections as bring its stream to `events` events (sent `SETUP_CONCURRENCY` at a time). Pairs are
 * handed out entry-major within each State: (entry 0, State 0), (entry 1, State 0), ...
 */
export async function buildList(
  engine: Engine,
  listId: string,
  entries: number,
  events: number,
  bench: BenchContext,
): Promise<ObjectionTarget> {
  expectStatus(
    await engine.pga('POST', `/lists`, { id: listId, kind: 'non-objection', title: `Bench list ${listId}` }),
    201,
    `create ${listId}`,
  );
  const entryIds: string[] = [];
  for (let from = 0; from < entries; from += PROPOSE_PER_REQUEST) {
    const organizations = Array.from({ length: Math.min(PROPOSE_PER_REQUEST, entries - from) }, (_, i) => organization(listId, from + i));
    const response = await engine.pga('POST', `/lists/${listId}/entries`, { organizations });
    expectStatus(response, 201, `propose on ${listId}`);
    entryIds.push(...(JSON.parse(response.body) as { entryIds: string[] }).entryIds);
  }
  expectStatus(await engine.pga('POST', `/lists/${listId}/batches`, { deadline: FAR_DEADLINE }), 201, `submit ${listId}`);
  const target: ObjectionTarget = {
    listId,
    entryIds,
    pairsUsed: 0,
    events: entries + 2,
    nextPair: () => {
      const n = target.pairsUsed++;
      const state = STATES[Math.floor(n / entryIds.length)];
      if (state === undefined) throw new Error(`list ${listId}: every (State, entry) pair has objected`);
      return { entryId: entryIds[n % entryIds.length], state };
    },
  };
  const objections = events - target.events;
  if (objections < 0) throw new Error(`list ${listId}: ${entries} entries already make more than ${events} events`);
  let sent = 0;
  await concurrently(SETUP_CONCURRENCY, objections, async () => {
    await objectOnce(engine, target);
    sent += 1;
    if (sent % 5000 === 0) bench.progress(`objection: ${listId}: ${sent}/${objections} setup objections`);
  });
  if (target.events !== events) throw new Error(`list ${listId}: built ${target.events} events, wanted ${events}`);
  return target;
}

export function organization(listId: string, n: number) {
  return { name: `Bench organization ${listId} ${n}`, country: STATES[n % STATES.length], category: 'ngo' };
}

/** Runs `task` `count` times, at most `width` at a time. */
export async function concurrently(width: number, count: number, task: () => Promise<unknown>): Promise<void> {
  let started = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, count) }, async () => {
      while (started < count) {
        started += 1;
        await task();
      }
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The engine, in this process, over loopback HTTP

export interface Answer {
  status: number;
  body: string;
}

export const jwt = new JwtService({ secret: DEVELOPMENT_JWT_SECRET, signOptions: { algorithm: 'HS256' } });
export const PGA_TOKEN = `Bearer ${jwt.sign({ sub: 'bench-pga', role: 'pga' }, { expiresIn: '12h' })}`;
export const STATE_TOKENS = new Map(
  STATES.map((code) => [code, `Bearer ${jwt.sign({ sub: `bench-${code}`, role: 'member-state', state: code }, { expiresIn: '12h' })}`]),
);

export class Engine {
  private constructor(
    private readonly app: NestFastifyApplication,
    private readonly baseUrl: string,
  ) {}

  /** The whole engine on the embedded store in `folder` (sync full, logs silent, no Redis). */
  static async start(folder: string): Promise<Engine> {
    const app = await startBenchEngine(folder);
    return new Engine(app, `http://127.0.0.1:${portOf(app)}/v1/meetings/${MEETING}`);
  }

  async createMeeting(): Promise<void> {
    const url = this.baseUrl.slice(0, -`/${MEETING}`.length);
    const response = await send('POST', url, PGA_TOKEN, { id: MEETING, title: 'Objection benchmark', timezone: 'America/New_York' });
    expectStatus(response, 201, 'create meeting');
  }

  pga(method: string, path: string, body?: unknown): Promise<Answer> {
    return send(method, `${this.baseUrl}${path}`, PGA_TOKEN, body);
  }

  /** Milliseconds to fold the list's whole stream, as a command on an empty cache would (a fresh executor). */
  async timeFold(listId: string): Promise<number> {
    const executor = new CommandExecutor(
      this.app.get<EventStore>(EVENT_STORE),
      this.app.get(ProjectionRunner),
      {
        retries: 0,
        projectionWaitMs: 0,
      },
      engineUpcasters,
    );
    const started = monotonicMs();
    const state = await executor.read(listStream(MEETING, listId), listDecider);
    const elapsed = monotonicMs() - started;
    if (!state.exists) throw new Error(`list ${listId} folded to nothing`);
    return elapsed;
  }

  listUrl(listId: string): string {
    return `${this.baseUrl}/lists/${listId}`;
  }

  object(listId: string, entryId: string, state: string): Promise<Answer> {
    return send('POST', `${this.listUrl(listId)}/entries/${entryId}/objections`, STATE_TOKENS.get(state)!, {});
  }

  close(): Promise<void> {
    return this.app.close();
  }
}

/** Global fetch (Node's bundled undici: keep-alive connections pooled per origin). */
export async function send(method: string, url: string, authorization: string, body?: unknown): Promise<Answer> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? { authorization } : { authorization, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.text() };
}

export function expectStatus(answer: Answer, status: number, what: string): void {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status}: ${answer.body.slice(0, 500)}`);
}
