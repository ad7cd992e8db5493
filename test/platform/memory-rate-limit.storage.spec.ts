import { MemoryRateLimitStorage } from '../../src/platform/rate-limit/memory-rate-limit.storage';

/** The window arithmetic, on a clock the test moves (over HTTP a window lasts a real minute). */
describe('rate limits counted in memory', () => {
  let now = 0;
  const storage = new MemoryRateLimitStorage(() => now);
  afterAll(() => storage.onApplicationShutdown());

  it('counts the hits of a key in a window that opens with its first hit, and starts again once it has ended', () => {
    now = 1_000;
    expect(storage.hit('caller:a', 60_000)).toEqual({ hits: 1, remainingMs: 60_000 });
    now = 31_000;
    expect(storage.hit('caller:a', 60_000)).toEqual({ hits: 2, remainingMs: 30_000 });
    expect(storage.hit('caller:b', 60_000)).toEqual({ hits: 1, remainingMs: 60_000 });
    now = 61_000;
    expect(storage.hit('caller:a', 60_000)).toEqual({ hits: 1, remainingMs: 60_000 });
    expect(storage.hit('caller:b', 60_000)).toEqual({ hits: 2, remainingMs: 30_000 });
  });
});
