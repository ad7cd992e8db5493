import { Client } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { APPENDED_CHANNEL } from './postgres-schema';

/** Least time between two NOTIFYs: under a stream of appends, one wakes the subscribers for many. */
const MIN_SPACING_MS = 5;
/** How long closing waits for the last NOTIFY (a database that does not answer must not hold it up). */
const CLOSE_WAIT_MS = 1000;

/**
 * Tells other processes' subscriptions that the log grew, after the append committed and outside its
 * transaction: a NOTIFY inside it would take PostgreSQL's notification queue lock on every append's
 * commit path. The first append after a quiet spell notifies at once; appends that commit while a NOTIFY
 * is in flight, or less than MIN_SPACING_MS after it was sent, ask for one more, sent then (subscribers
 * read everything after their checkpoint, so one wakes them for many appends). Sending one per append
 * cost as much as the in-transaction NOTIFY it replaces.
 * It runs on a connection of its own with `synchronous_commit` off: its transaction holds nothing worth
 * a WAL flush. A lost notification costs latency only: subscriptions still poll.
 */
export class AppendNotifier {
  private client?: Promise<Client>;
  private inFlight?: Promise<void>;
  private queued = false;
  private stopped = false;

  constructor(private readonly connectionString: string) {}

  notify(): void {
    if (this.stopped) return;
    if (this.inFlight) {
      this.queued = true;
      return;
    }
    this.inFlight = Promise.all([this.send(), sleep(MIN_SPACING_MS)]).then(() => {
      this.inFlight = undefined;
      if (this.queued) {
        this.queued = false;
        this.notify();
      }
    });
  }

  /** Sends what is in flight or queued (the last appends' wake-up), then closes the connection. */
  async stop(): Promise<void> {
    await Promise.race([this.drain(), sleep(CLOSE_WAIT_MS, undefined, { ref: false })]);
    this.stopped = true;
    const client = this.client;
    this.client = undefined;
    await client?.then((c) => c.end()).catch(() => undefined);
  }

  private async drain(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  private async send(): Promise<void> {
    try {
      const client = await this.connect();
      await client.query(`NOTIFY ${APPENDED_CHANNEL}`);
    } catch {
      // Dropped: the next append connects again, and subscriptions poll meanwhile.
      const broken = this.client;
      this.client = undefined;
      void broken?.then((client) => client.end()).catch(() => undefined);
    }
  }

  private connect(): Promise<Client> {
    this.client ??= (async () => {
      const client = new Client({ connectionString: this.connectionString, application_name: 'nihil-obstat-notify' });
      client.on('error', () => undefined);
      try {
        await client.connect();
        // A SET rather than a startup option, which `options` in the connection string would replace.
        await client.query('SET synchronous_commit = off');
        return client;
      } catch (error) {
        await client.end().catch(() => undefined);
        throw error;
      }
    })();
    return this.client;
  }
}
