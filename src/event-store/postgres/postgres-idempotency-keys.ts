import type { Pool } from 'pg';
import { toPosition } from '../../kernel/position';
import { IdempotencyKeys, KeyRecord } from '../idempotency/idempotency-keys';

interface KeyRow {
  fingerprint: string;
  recorded_at: Date;
  stream_id: string | null;
  position: string | null;
  first_revision: string | null;
  last_revision: string | null;
  answer: unknown;
  has_answer: boolean;
}

/**
 * Idempotency keys in the store's own database, table `idempotency_records`, outside the hash-chained
 * `events`. A key that comes with events is written by the append itself, in its transaction (see
 * `append_events` in postgres-schema.ts): when two processes take the same key at once, the second
 * waits for the first to commit and is then refused (IdempotencyKeyTaken), storing nothing.
 */
export class PostgresIdempotencyKeys implements IdempotencyKeys {
  constructor(
    private readonly pool: Pool,
    private readonly ready: () => Promise<unknown>,
  ) {}

  async find(scope: string): Promise<KeyRecord | undefined> {
    await this.ready();
    const { rows } = await this.pool.query<KeyRow>(
      'SELECT fingerprint, recorded_at, stream_id, position::text AS position, first_revision::text AS first_revision, ' +
        'last_revision::text AS last_revision, answer, answer IS NOT NULL AS has_answer FROM idempotency_records WHERE scope = $1',
      [scope],
    );
    return rows.length === 0 ? undefined : toRecord(rows[0]);
  }

  /** The first answer stays: a later one (another process answering the same key) changes nothing. */
  async recordAnswer(scope: string, fingerprint: string, body: unknown, at: Date): Promise<void> {
    await this.ready();
    await this.pool.query(
      'INSERT INTO idempotency_records AS r (scope, fingerprint, recorded_at, answer) VALUES ($1, $2, $3, $4::json) ' +
        'ON CONFLICT (scope) DO UPDATE SET answer = excluded.answer WHERE r.answer IS NULL AND r.fingerprint = excluded.fingerprint',
      [scope, fingerprint, at, JSON.stringify(body ?? null)],
    );
  }

  async forgetRecordedBefore(cutoff: Date): Promise<number> {
    await this.ready();
    const result = await this.pool.query('DELETE FROM idempotency_records WHERE recorded_at < $1', [cutoff]);
    return result.rowCount ?? 0;
  }
}

function toRecord(row: KeyRow): KeyRecord {
  const record: KeyRecord = { fingerprint: row.fingerprint, recordedAt: row.recorded_at };
  if (row.stream_id !== null && row.position !== null) {
    record.result = {
      streamId: row.stream_id,
      position: toPosition(row.position),
      firstRevision: Number(row.first_revision ?? 0),
      lastRevision: Number(row.last_revision ?? 0),
    };
  }
  if (row.has_answer) record.answer = { body: row.answer };
  return record;
}
