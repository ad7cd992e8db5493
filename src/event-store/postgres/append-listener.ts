import { Client } from 'pg';
import { APPENDED_CHANNEL } from './postgres-schema';

/**
 * One LISTEN connection per store: every append (of any process) notifies on commit, and the
 * subscriptions wake up at once instead of at their next poll. Losing it costs only latency: the
 * subscriptions keep polling, and the next `start()` (each poll calls it) connects again.
 */
export class AppendListener {
  private client?: Client;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly onAppend: () => void,
  ) {}

  start(): void {
    if (this.client || this.stopped) return;
    const client = new Client({ connectionString: this.connectionString, application_name: 'nihil-obstat-listen' });
    this.client = client;
    client.on('notification', () => this.onAppend());
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    client
      .connect()
      .then(() => client.query(`LISTEN ${APPENDED_CHANNEL}`))
      // Appends committed before the LISTEN took effect notified nobody here: read once more.
      .then(() => this.onAppend())
      .catch(() => this.drop(client));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private drop(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
  }
}
