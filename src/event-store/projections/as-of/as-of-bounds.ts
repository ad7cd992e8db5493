/** How much rebuilding views as of a point may cost one engine process (docs/configuration.md, `AS_OF_*`). */
export interface AsOfBounds {
  /** Rebuilt views kept (and, apart, the streams' timelines); 0: none, every request replays. */
  cacheEntries: number;
  /** Events the kept views were rebuilt from, all entries together (and the same for the timelines). */
  cacheEvents: number;
  /** Replays (or reads of whole streams) running at once. */
  replays: number;
  /** How long a request waits for a replay slot before 429 `RATE_LIMITED`. */
  waitMs: number;
  /** A replay that would read more events than this is refused (409 `INVALID_STATE`) before it starts. */
  maxEvents: number;
}

export const DEFAULT_AS_OF_BOUNDS: AsOfBounds = {
  cacheEntries: 32,
  cacheEvents: 200_000,
  replays: 2,
  waitMs: 2_000,
  maxEvents: 500_000,
};

/** What became of one request for a view as of a point: for the metrics. */
export type AsOfOutcome = 'cached' | 'replayed' | 'shared' | 'busy' | 'too-large';

export type AsOfObserver = (outcome: AsOfOutcome) => void;
