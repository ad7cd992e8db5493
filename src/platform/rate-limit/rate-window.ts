/** A key's fixed window: the hits counted in it, this one included, and how long it still runs. */
export interface RateWindow {
  hits: number;
  remainingMs: number;
}

export interface RateLimitStorage {
  hit(key: string, windowMs: number): RateWindow | Promise<RateWindow>;
}

export const RATE_LIMIT_STORAGE = Symbol('RATE_LIMIT_STORAGE');
