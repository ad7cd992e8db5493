import { jest } from '@jest/globals';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, Observable, of } from 'rxjs';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { ManualClock } from '../../src/kernel/clock';
import { AppConfig } from '../../src/platform/config';
import { IdempotencyInterceptor } from '../../src/platform/idempotency/idempotency.interceptor';
import { KeyedTurns } from '../../src/platform/idempotency/keyed-turns';
import { withoutSecrets } from '../../src/platform/idempotency/without-secrets';

const answerWithSecret = {
  url: 'https://mission.example/hooks',
  secret: 'whsec_4f0c9a',
  signing: { current: 'whsec_77', algorithm: 'HS256' },
};

describe('withoutSecrets', () => {
  it('drops every field (and array item) whose value is a whsec_ secret, at any depth, and keeps the rest', () => {
    expect(withoutSecrets({ ...answerWithSecret, list: ['whsec_1', 'kept'], position: '7', n: 1, none: null })).toEqual({
      url: 'https://mission.example/hooks',
      signing: { algorithm: 'HS256' },
      list: ['kept'],
      position: '7',
      n: 1,
      none: null,
    });
  });

  it('keeps strings that only contain the prefix, and answers that are not objects', () => {
    expect(withoutSecrets({ note: 'see whsec_ docs' })).toEqual({ note: 'see whsec_ docs' });
    expect(withoutSecrets(undefined)).toBeUndefined();
    expect(withoutSecrets(new Date('2013-09-24T10:00:00.000Z'))).toBe('2013-09-24T10:00:00.000Z');
  });
});

describe('IdempotencyInterceptor', () => {
  let store: SqliteEventStore;
  let interceptor: IdempotencyInterceptor;
  beforeEach(() => {
    store = new SqliteEventStore({ path: ':memory:' });
    interceptor = new IdempotencyInterceptor(store.idempotencyKeys(), new ManualClock(), { idempotencyTtlMs: 60_000 } as AppConfig);
  });
  afterEach(() => store.close());

  const request = () => ({
    method: 'POST',
    url: '/v1/member-states/me/webhook-secret',
    body: { url: 'https://mission.example/hooks' },
    headers: { 'idempotency-key': 'rotate-1' },
    actor: { role: 'member-state', subject: 'fra-mission', state: 'FRA' },
  });
  const contextOf = (req: object) => ({ switchToHttp: () => ({ getRequest: () => req }) }) as unknown as ExecutionContext;
  const send = (handle: () => Observable<unknown>) => lastValueFrom(interceptor.intercept(contextOf(request()), { handle } as CallHandler));

  it('answers the secret once; a repeat answers without it and runs nothing', async () => {
    expect(await send(() => of(answerWithSecret))).toEqual(answerWithSecret);
    const handle = jest.fn(() => of(answerWithSecret));
    expect(await send(handle)).toEqual({ url: 'https://mission.example/hooks', signing: { algorithm: 'HS256' } });
    expect(handle).not.toHaveBeenCalled();
  });
});

describe('KeyedTurns', () => {
  it('runs work of one key in arrival order, after a failure too, and other keys at once', async () => {
    const turns = new KeyedTurns();
    const order: string[] = [];
    let release!: () => void;
    const first = turns.run('k', () => new Promise<void>((resolve) => (release = resolve)).then(() => void order.push('k1')));
    const note = (name: string) => () => Promise.resolve(void order.push(name));
    const failing = turns.run('k', () => note('k2')().then(() => Promise.reject(new Error('refused'))));
    const third = turns.run('k', note('k3'));
    await turns.run('other', note('other'));
    expect(order).toEqual(['other']);
    release();
    await first;
    await expect(failing).rejects.toThrow('refused');
    await third;
    expect(order).toEqual(['other', 'k1', 'k2', 'k3']);
  });
});
