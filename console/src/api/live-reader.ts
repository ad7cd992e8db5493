import { createParser } from 'eventsource-parser';
import { consoleConsistency, type ConsistencyTracker } from './consistency';
import { keysOf, type LiveChange, type QueryKey } from './live-views';

/** Waits before reconnecting: 1 s, doubling up to 30 s, each with some jitter so that tabs do not come back together. */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1)) * (0.75 + random() / 2);
}

/** Changes that arrive together (a command's events) are refetched once, a moment later. */
const GATHER_MS = 25;

export interface LiveOptions {
  token: string;
  signal: AbortSignal;
  /** Called with the keys a batch of changes made stale; `undefined`: every key (changes may have been missed). */
  invalidate: (keys: QueryKey[] | undefined) => void;
  consistency?: ConsistencyTracker;
  fetch?: typeof fetch;
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Follows GET /v1/events/stream until `signal` aborts or the engine refuses the token (401: the session's
 * own requests end it). Each message's view becomes the query keys to refetch; its position goes into
 * `x-consistent-at`, so that the refetch, on whichever engine process, sees the change. After a broken
 * connection it reconnects with backoff and `Last-Event-ID`, and the engine replays what was missed.
 */
export async function followLiveUpdates(options: LiveOptions): Promise<void> {
  const { signal, wait = sleep } = options;
  let lastEventId: string | undefined;
  let failures = 0;
  for (let attempt = 0; !signal.aborted; attempt++) {
    // Back after a break with no position to resume from: what changed meanwhile is unknown, so everything is stale.
    const resumesBlind = attempt > 0 && lastEventId === undefined;
    const outcome = await connect(options, lastEventId, resumesBlind, (change) => {
      lastEventId = change.position;
      failures = 0;
    });
    if (outcome === 'refused' || signal.aborted) return;
    failures += 1;
    await wait(backoffMs(failures), signal);
  }
}

async function connect(
  options: LiveOptions,
  lastEventId: string | undefined,
  resumesBlind: boolean,
  seen: (change: LiveChange) => void,
): Promise<'ended' | 'refused'> {
  const { token, signal, invalidate, consistency = consoleConsistency, fetch: get = fetch } = options;
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'text/event-stream' };
  if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
  let stale: QueryKey[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const parser = createParser({
    onEvent: ({ data }) => {
      const change = JSON.parse(data) as LiveChange;
      seen(change);
      consistency.remember(change.position);
      stale.push(...keysOf(change));
      timer ??= setTimeout(() => {
        const keys = stale;
        stale = [];
        timer = undefined;
        invalidate(keys);
      }, GATHER_MS);
    },
  });
  try {
    const response = await get('/v1/events/stream', { headers, signal });
    if (response.status === 401 || response.status === 403) return 'refused';
    if (!response.ok || !response.body) return 'ended';
    if (resumesBlind) invalidate(undefined);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) parser.feed(chunk.value);
  } catch {
    // The connection broke (the engine restarted, the network went away) or the session ended: see the caller.
  }
  return 'ended';
}
