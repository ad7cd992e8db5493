import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { KEY_BYTES } from './envelope';
import { NewSubject, PersonalDataKeys, SubjectQuery, SubjectRecord } from './personal-data-keys';
import { toRecord } from './sqlite-personal-data-keys';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS personal_data_settings (name TEXT PRIMARY KEY, value BYTEA NOT NULL);
  CREATE TABLE IF NOT EXISTS personal_data_subjects (
    subject_id TEXT PRIMARY KEY, kind TEXT NOT NULL, reference TEXT NOT NULL, meeting_id TEXT, key BYTEA NOT NULL, kept_at TIMESTAMPTZ NOT NULL
  );
  CREATE INDEX IF NOT EXISTS personal_data_subjects_reference ON personal_data_subjects (kind, reference);
  CREATE INDEX IF NOT EXISTS personal_data_subjects_meeting ON personal_data_subjects (meeting_id);
  CREATE TABLE IF NOT EXISTS personal_data_lookups (hmac BYTEA NOT NULL, subject_id TEXT NOT NULL, PRIMARY KEY (hmac, subject_id));
  CREATE INDEX IF NOT EXISTS personal_data_lookups_subject ON personal_data_lookups (subject_id);
  CREATE TABLE IF NOT EXISTS personal_data_erased (subject_id TEXT PRIMARY KEY, erased_at TIMESTAMPTZ NOT NULL);
`;

const SUBJECT_COLUMNS = 'SELECT s.subject_id, s.kind, s.reference, s.meeting_id FROM personal_data_subjects s';

/**
 * The key store in the event store's PostgreSQL database (`PERSONAL_DATA_KEYS=postgres`). A committed
 * transaction is durable (with the server's `synchronous_commit` on, its default). A destroyed key's row is
 * deleted, then `VACUUM` lets its space be reused; PostgreSQL does not overwrite the bytes at once: they may
 * stay in the table's free space, its write-ahead log and base backups until those are reused or expire
 * (docs/personal-data.md).
 */
export class PostgresPersonalDataKeys implements PersonalDataKeys {
  private readonly pool: Pool;
  private schema?: Promise<unknown>;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString, max: 4, application_name: 'nihil-obstat-personal-data' });
    this.pool.on('error', () => undefined);
  }

  private ready(): Promise<unknown> {
    return (this.schema ??= this.pool.query(SCHEMA).catch((error: unknown) => {
      this.schema = undefined;
      throw error;
    }));
  }

  async lookupKey(): Promise<Buffer> {
    await this.ready();
    await this.pool.query("INSERT INTO personal_data_settings (name, value) VALUES ('lookup-key', $1) ON CONFLICT DO NOTHING", [
      randomBytes(KEY_BYTES),
    ]);
    const { rows } = await this.pool.query<{ value: Buffer }>("SELECT value FROM personal_data_settings WHERE name = 'lookup-key'");
    return rows[0].value;
  }

  async keep(subjects: readonly NewSubject[], at: Date): Promise<void> {
    await this.ready();
    await this.inTransaction(async (query) => {
      for (const s of subjects) {
        await query(
          'INSERT INTO personal_data_subjects (subject_id, kind, reference, meeting_id, key, kept_at) VALUES ($1, $2, $3, $4, $5, $6)',
          [s.subjectId, s.kind, s.reference, s.meetingId ?? null, s.key, at],
        );
        for (const hmac of s.lookups) {
          await query('INSERT INTO personal_data_lookups (hmac, subject_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [hmac, s.subjectId]);
        }
      }
    });
  }

  async keys(subjectIds: readonly string[]): Promise<Map<string, Buffer>> {
    await this.ready();
    const { rows } = await this.pool.query<{ subject_id: string; key: Buffer }>(
      'SELECT subject_id, key FROM personal_data_subjects WHERE subject_id = ANY($1)',
      [[...new Set(subjectIds)]],
    );
    return new Map(rows.map((row) => [row.subject_id, row.key]));
  }

  async find(query: SubjectQuery): Promise<SubjectRecord[]> {
    await this.ready();
    const [sql, values] =
      'lookup' in query
        ? [`${SUBJECT_COLUMNS} JOIN personal_data_lookups l USING (subject_id) WHERE l.hmac = $1`, [query.lookup]]
        : 'meetingId' in query
          ? [`${SUBJECT_COLUMNS} WHERE s.meeting_id = $1`, [query.meetingId]]
          : [`${SUBJECT_COLUMNS} WHERE s.kind = $1 AND s.reference = $2`, [query.kind, query.reference]];
    const { rows } = await this.pool.query<Parameters<typeof toRecord>[0]>(sql, values);
    return rows.map(toRecord);
  }

  async meetings(): Promise<string[]> {
    await this.ready();
    const sql = 'SELECT DISTINCT meeting_id FROM personal_data_subjects WHERE meeting_id IS NOT NULL ORDER BY meeting_id';
    const { rows } = await this.pool.query<{ meeting_id: string }>(sql);
    return rows.map((row) => row.meeting_id);
  }

  async destroy(subjectIds: readonly string[], at: Date): Promise<void> {
    await this.ready();
    const ids = [...new Set(subjectIds)];
    await this.inTransaction(async (query) => {
      await query('DELETE FROM personal_data_subjects WHERE subject_id = ANY($1)', [ids]);
      await query('DELETE FROM personal_data_lookups WHERE subject_id = ANY($1)', [ids]);
      await query('INSERT INTO personal_data_erased (subject_id, erased_at) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [
        ids,
        at,
      ]);
    });
    // Outside the transaction (VACUUM cannot run in one): the dead rows' space is marked free for reuse.
    await this.pool.query('VACUUM personal_data_subjects, personal_data_lookups').catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async inTransaction(work: (query: (sql: string, values: unknown[]) => Promise<unknown>) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work((sql, values) => client.query(sql, values));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
