import type { OnApplicationShutdown } from '@nestjs/common';
import { RateLimitStorage, RateWindow } from './rate-window';

interface Window {
  hits: number;
  endsAt: number;
}

/**
 * Fixed-window counters in one Map: a request costs a lookup and an addition. A key's window opens
 * with its first request and lasts `windowMs`; ended windows are swept once a window.
 */
export class MemoryRateLimitStorage implements RateLimitStorage, OnApplicationShutdown {
  private readonly windows = new Map<string, Window>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  hit(key: string, windowMs: number): RateWindow {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { hits: 0, endsAt: now + windowMs };
      this.windows.set(key, window);
      this.sweepEvery(windowMs);
    }
    window.hits += 1;
    return { hits: window.hits, remainingMs: window.endsAt - now };
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
    this.sweeper = undefined;
    this.windows.clear();
  }

  private sweepEvery(windowMs: number): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => this.sweep(), windowMs);
    this.sweeper.unref();
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
