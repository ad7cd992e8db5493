import { Redis } from 'ioredis';
import { EventStore, Position } from '../src/event-store/event-store.port';
import { monotonicMs } from './bench-registry';

/** Reads the whole log in pages of `pageSize`, timed: how many events, in how many seconds. */
export async function readWholeLog(reader: EventStore, pageSize: number): Promise<{ read: number; seconds: number }> {
  let read = 0;
  let after: Position | undefined;
  const started = monotonicMs();
  for (;;) {
    const page = await reader.readAll({ fromPosition: after, maxCount: pageSize });
    if (page.length === 0) break;
    read += page.length;
    after = page[page.length - 1].position;
  }
  return { read, seconds: (monotonicMs() - started) / 1000 };
}

/** Deletes every key under `prefix:` (a bench's queues), scanning in batches. */
export async function deleteRedisKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
