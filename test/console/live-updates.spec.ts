import { describe, expect, it } from '@jest/globals';
import { ConsistencyTracker } from '../../console/src/api/consistency';
import { backoffMs, followLiveUpdates } from '../../console/src/api/live-reader';
import { keysOf, type QueryKey } from '../../console/src/api/live-views';

const stream = (text: string, status = 200) =>
  new Response(
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    }),
    { status, headers: { 'content-type': 'text/event-stream' } },
  );
const message = (position: string, view: string, listId?: string) =>
  `id: ${position}\ndata: ${JSON.stringify({ position, meetingId: 'm', view, ...(listId ? { listId } : {}) })}\n\n`;

describe('the console: live updates', () => {
  it('maps each view to the query keys that show it', () => {
    expect(keysOf({ position: '1', meetingId: 'm', listId: 'l', view: 'list' })).toEqual([
      ['list', 'm', 'l'],
      ['arrangements', 'm', 'ecosoc-approved'],
      ['timeline', 'm'],
    ]);
    expect(keysOf({ position: '1', meetingId: 'm', view: 'pending' })).toEqual([['pending']]);
    expect(keysOf({ position: '1', meetingId: 'm', view: 'meetings' })).toEqual([['meetings']]);
    expect(keysOf({ position: '1', meetingId: 'm', view: 'unknown-to-this-console' })).toEqual([]);
  });

  it('backs off from 1 s, doubling, to at most 30 s', () => {
    expect([1, 2, 3, 6, 10].map((n) => backoffMs(n, () => 0.5))).toEqual([1000, 2000, 4000, 30000, 30000]);
  });

  it('invalidates the changed views, remembers their position, and reconnects with Last-Event-ID', async () => {
    const controller = new AbortController();
    const requests: Record<string, string>[] = [];
    const answers = [stream(message('7', 'list', 'l') + message('8', 'pending')), stream(''), stream('', 401)];
    const invalidated: (QueryKey[] | undefined)[] = [];
    const consistency = new ConsistencyTracker();
    await followLiveUpdates({
      token: 'a-token',
      signal: controller.signal,
      consistency,
      invalidate: (keys) => invalidated.push(keys),
      fetch: (_url, init) => {
        requests.push(init?.headers as Record<string, string>);
        return Promise.resolve(answers.shift()!);
      },
      wait: () => new Promise((resolve) => setTimeout(resolve, 40)),
    });
    expect(requests.map((headers) => headers['last-event-id'])).toEqual([undefined, '8', '8']);
    expect(requests[0].authorization).toBe('Bearer a-token');
    expect(invalidated).toEqual([[...keysOf({ position: '7', meetingId: 'm', listId: 'l', view: 'list' }), ['pending']]]);
    expect(consistency.current()).toBe('8');
  });
});
