import { Logger } from '@nestjs/common';
import { AllStreamResolvedEvent } from '@eventstore/db-client';
import { EventHandler, Position, StoredEvent, SubscribeOptions, Subscription } from '../event-store.port';
import { comparePositions } from '../../kernel/position';
import { fromResolvedEvent } from './esdb-mapping';
import { UnsupportedServerError } from './esdb-server-version';

/** What the adapter needs of the client's `$all` subscription. */
export interface CatchUpFeed extends AsyncIterable<AllStreamResolvedEvent> {
  readonly readableLength: number;
  once(event: 'caughtUp', listener: () => void): unknown;
  unsubscribe(): Promise<void>;
  destroy(): void;
}

export interface FeedSource {
  /** A subscription strictly after `after` (undefined: from the start). */
  open(after: Position | undefined): CatchUpFeed;
  /** Checked before each attempt; an UnsupportedServerError is final. */
  ready(): Promise<void>;
}

export interface ResumeSettings {
  firstDelayMs: number;
  maxDelayMs: number;
  log?: (message: string) => void;
}

export const DEFAULT_RESUME: ResumeSettings = { firstDelayMs: 100, maxDelayMs: 5000 };

/** An error that ends the subscription for good: the handler's, or one that no retry can mend. */
class Final extends Error {
  constructor(readonly error: unknown) {
    super('The subscription ends for good');
  }
}

/**
 * Catch-up then live delivery from EventStoreDB that survives the server: when the client's
 * subscription fails or ends (restart, leader election, keep-alive timeout), it subscribes again
 * after the last delivered event, waiting 100 ms, then twice as long each time up to 5 s (reset once
 * an event arrives). Only a handler error, an event it cannot map, or a server too old stops it.
 */
export class ResumableSubscription implements Subscription {
  private readonly log: (message: string) => void;
  private stopped = false;
  private feed?: CatchUpFeed;
  private delayMs: number;
  private wake?: () => void;
  private inFlight = false;
  /** Events read before the current feed's caught-up signal and not yet handled. */
  private beforeCaughtUp: number | undefined;
  private caughtUpNotified = false;
  private readonly loop: Promise<void>;

  constructor(
    private readonly source: FeedSource,
    private position: Position | undefined,
    private readonly handler: EventHandler,
    private readonly options: SubscribeOptions,
    private readonly settings: ResumeSettings = DEFAULT_RESUME,
  ) {
    const logger = new Logger('EventStoreDB');
    this.log = settings.log ?? ((message) => logger.warn(message));
    this.delayMs = settings.firstDelayMs;
    this.loop = this.run().catch((error: unknown) => this.fail(error));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.closeFeed();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.attempt();
        if (!this.stopped) throw new Error('the subscription ended');
      } catch (error) {
        if (this.stopped) return;
        if (error instanceof Final) throw error.error;
        await this.backOff(error);
      }
    }
  }

  private async attempt(): Promise<void> {
    await this.source.ready().catch((error: unknown) => {
      throw error instanceof UnsupportedServerError ? new Final(error) : error;
    });
    if (this.stopped) return;
    const feed = (this.feed = this.source.open(this.position));
    this.beforeCaughtUp = undefined;
    feed.once('caughtUp', () => this.caughtUpSignalled(feed));
    for await (const resolved of feed) {
      if (this.stopped) return;
      await this.deliver(resolved);
      this.delayMs = this.settings.firstDelayMs;
      this.countTowardsCaughtUp();
    }
  }

  private async deliver(resolved: AllStreamResolvedEvent): Promise<void> {
    this.inFlight = true;
    try {
      const event = fromResolvedEvent(resolved);
      // The server already starts strictly after the position; this keeps the port's contract explicit.
      if (event && isAfter(event, this.position)) {
        await this.handler(event);
        this.position = event.position;
      }
    } catch (error) {
      throw new Final(error);
    } finally {
      this.inFlight = false;
    }
  }

  private async backOff(error: unknown): Promise<void> {
    await this.closeFeed();
    // The client's errors keep the name "Error": their class says what happened.
    const reason = error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error);
    this.log(`Subscription to $all lost (${reason}); resubscribing after ${this.position ?? 'the start'} in ${this.delayMs} ms`);
    await this.pause(this.delayMs);
    this.delayMs = Math.min(this.delayMs * 2, this.settings.maxDelayMs);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  /**
   * The signal is emitted when the server's message is transformed, which can be before the events
   * preceding it (buffered in the stream, or in the handler) have been handled.
   */
  private caughtUpSignalled(feed: CatchUpFeed): void {
    if (feed !== this.feed) return;
    this.beforeCaughtUp = feed.readableLength + (this.inFlight ? 1 : 0);
    if (this.beforeCaughtUp === 0) this.notifyCaughtUp();
  }

  private countTowardsCaughtUp(): void {
    if (!this.beforeCaughtUp) return;
    this.beforeCaughtUp -= 1;
    if (this.beforeCaughtUp === 0) this.notifyCaughtUp();
  }

  private notifyCaughtUp(): void {
    if (this.stopped || this.caughtUpNotified) return;
    this.caughtUpNotified = true;
    this.options.onCaughtUp?.();
  }

  private async closeFeed(): Promise<void> {
    const feed = this.feed;
    this.feed = undefined;
    if (!feed) return;
    // A subscription whose call never started rejects here; its error has already been reported.
    await feed.unsubscribe().catch(() => undefined);
    feed.destroy();
  }

  /** After `stop()`, destroying the feed surfaces as a premature-close error: not a failure. */
  private async fail(error: unknown): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.closeFeed();
    const err = error instanceof Error ? error : new Error(String(error));
    if (this.options.onError) this.options.onError(err);
    else throw err;
  }
}

function isAfter(event: StoredEvent, position: Position | undefined): boolean {
  return position === undefined || comparePositions(event.position, position) > 0;
}
