import { EventHandler, Position, StoredEvent, SubscribeOptions, Subscription } from './event-store.port';

export interface PollingSource {
  read(after: Position | undefined, maxCount: number): StoredEvent[] | Promise<StoredEvent[]>;
  /** Resolves on the next local append, or after `ms` so that other processes' appends are seen. */
  waitForAppend(ms: number): Promise<void>;
}

export interface PollingSettings {
  batchSize: number;
  pollIntervalMs: number;
}

/**
 * Catch-up then live delivery over any source that can read the log after a position. Events are
 * handed over one at a time, each after the previous handler call settled, so order is global order.
 */
export class PollingSubscription implements Subscription {
  private stopped = false;
  private readonly loop: Promise<void>;

  constructor(
    private readonly source: PollingSource,
    private checkpoint: Position | undefined,
    private readonly handler: EventHandler,
    private readonly options: SubscribeOptions,
    private readonly settings: PollingSettings,
  ) {
    this.loop = this.run().catch((error: unknown) => this.fail(error));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    let caughtUp = false;
    while (!this.stopped) {
      const batch = await this.source.read(this.checkpoint, this.settings.batchSize);
      for (const event of batch) {
        if (this.stopped) return;
        await this.handler(event);
        this.checkpoint = event.position;
      }
      if (batch.length < this.settings.batchSize) {
        if (!caughtUp) {
          caughtUp = true;
          this.options.onCaughtUp?.();
        }
        if (!this.stopped) await this.source.waitForAppend(this.settings.pollIntervalMs);
      }
    }
  }

  private fail(error: unknown): void {
    this.stopped = true;
    const err = error instanceof Error ? error : new Error(String(error));
    if (this.options.onError) this.options.onError(err);
    else throw err;
  }
}
