import { setTimeout as sleep } from 'node:timers/promises';
import { StoreUnavailableError } from '../store-errors';
import { isOutcomeUnknown, isTransient } from './esdb-errors';

export interface RetrySettings {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the second attempt; it doubles with each further one. */
  firstDelayMs: number;
}

export const DEFAULT_RETRY: RetrySettings = { attempts: 4, firstDelayMs: 100 };

/**
 * Runs `operation` again after a transient error (no leader, unavailable, no answer in time), a
 * bounded number of times, then gives up with a StoreUnavailableError. Any other error passes through.
 * `writes`: the operation appends, so a lost answer leaves it unknown whether it was stored.
 */
export async function withTransientRetry<T>(
  operation: () => Promise<T>,
  {
    writes,
    settings = DEFAULT_RETRY,
    pause = sleep,
  }: { writes: boolean; settings?: RetrySettings; pause?: (ms: number) => Promise<unknown> },
): Promise<T> {
  let uncertain = false;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (!isTransient(error)) throw error;
      uncertain ||= writes && isOutcomeUnknown(error);
      if (attempt >= settings.attempts) throw new StoreUnavailableError(error as Error, uncertain);
      await pause(settings.firstDelayMs * 2 ** (attempt - 1));
    }
  }
}
