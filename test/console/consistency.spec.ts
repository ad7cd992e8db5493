import type { Middleware } from 'openapi-fetch';
import {
  CONSISTENT_AT,
  consistencyMiddleware,
  consistentAtHeader,
  ConsistencyTracker,
  REMEMBER_MS,
} from '../../console/src/api/consistency';

type Hook = 'onRequest' | 'onResponse';
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Runs a request through the middleware as openapi-fetch would: onRequest, the engine's answer, onResponse. */
async function exchange(middleware: Middleware, method: string, answer: Response): Promise<Request> {
  const call = (hook: Hook, args: object) => (middleware[hook] as (a: object) => unknown)(args);
  const sent = ((await call('onRequest', { request: new Request('http://engine/v1/x', { method }) })) as Request | undefined) ?? undefined;
  await call('onResponse', { request: sent, response: answer });
  return sent!;
}

describe("console: x-consistent-at after the console's own commands", () => {
  let now = 0;
  let tracker: ConsistencyTracker;
  let middleware: Middleware;
  beforeEach(() => {
    now = 1_000_000;
    tracker = new ConsistencyTracker(() => now);
    middleware = consistencyMiddleware(tracker);
  });

  it('sends nothing before any command', async () => {
    const sent = await exchange(middleware, 'GET', json(200, {}));
    expect(sent.headers.has(CONSISTENT_AT)).toBe(false);
  });

  it("sends the highest position of the commands' answers with the following requests", async () => {
    await exchange(middleware, 'POST', json(201, { id: 'm', position: '99' }));
    await exchange(middleware, 'POST', json(200, { position: '120' }));
    await exchange(middleware, 'PUT', json(200, { position: '100' }));
    const sent = await exchange(middleware, 'GET', json(200, { position: '5000' }));
    expect(sent.headers.get(CONSISTENT_AT)).toBe('120');
    expect(consistentAtHeader(tracker)).toEqual({ [CONSISTENT_AT]: '120' });
  });

  it('ignores failed commands and answers without a position', async () => {
    await exchange(middleware, 'POST', json(409, { code: 'INVALID_STATE', position: '7' }));
    await exchange(middleware, 'POST', json(200, { position: 'not-a-position' }));
    expect(tracker.current()).toBeUndefined();
  });

  it('stops sending it a while after the last command', async () => {
    await exchange(middleware, 'POST', json(201, { position: '42' }));
    now += REMEMBER_MS + 1;
    const sent = await exchange(middleware, 'GET', json(200, {}));
    expect(sent.headers.has(CONSISTENT_AT)).toBe(false);
  });

  it('forgets it when the engine answers PROJECTION_TIMEOUT to a request that carried it', async () => {
    await exchange(middleware, 'POST', json(201, { position: '42' }));
    await exchange(middleware, 'GET', json(503, { code: 'PROJECTION_TIMEOUT' }));
    expect(tracker.current()).toBeUndefined();
  });
});
