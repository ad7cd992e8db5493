import { openSqliteFile } from '../sqlite/sqlite-file';
import { isPosition, Position } from '../../kernel/position';
import { LogDerived } from './projection-binding';
import { SqliteIdempotencyKeys } from '../sqlite/sqlite-idempotency-keys';

/**
 * Keys of a store that cannot keep them itself (EventStoreDB), in a SQLite file of their own beside
 * the read models. Like the read models they hold for one log only, so they record its identity and
 * are discarded when the engine finds another log (see LogBinding).
 */
export class KeysBesideTheLog extends SqliteIdempotencyKeys implements LogDerived {
  private readonly log;

  constructor(path: string) {
    super(openSqliteFile(path, ['journal_mode = WAL', 'busy_timeout = 5000']));
    this.db.exec('CREATE TABLE IF NOT EXISTS idempotency_log (only_row INTEGER PRIMARY KEY CHECK (only_row = 1), identity TEXT NOT NULL)');
    this.log = {
      identity: this.db.prepare('SELECT identity FROM idempotency_log').pluck(),
      record: this.db.prepare('INSERT OR REPLACE INTO idempotency_log (only_row, identity) VALUES (1, ?)'),
      // Positions are decimal strings: the longest, then greatest, is the furthest.
      furthest: this.db
        .prepare(
          'SELECT position FROM idempotency_records WHERE position IS NOT NULL ORDER BY length(position) DESC, position DESC LIMIT 1',
        )
        .pluck(),
      clear: this.db.prepare('DELETE FROM idempotency_records'),
    };
  }

  logIdentity(): string | undefined {
    return this.log.identity.get() as string | undefined;
  }

  recordLogIdentity(identity: string): void {
    this.log.record.run(identity);
  }

  furthestPosition(): Position | undefined {
    const position = this.log.furthest.get() as string | undefined;
    return position !== undefined && isPosition(position) ? position : undefined;
  }

  discardFor(identity: string): void {
    this.db.transaction(() => {
      this.log.clear.run();
      this.log.record.run(identity);
    })();
  }

  close(): void {
    this.db.close();
  }
}
