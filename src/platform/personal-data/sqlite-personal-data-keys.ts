import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { chmodSync } from 'node:fs';
import { openSqliteFile } from '../../event-store/sqlite/sqlite-file';
import { KEY_BYTES } from './envelope';
import { NewSubject, PersonalDataKeys, SubjectQuery, SubjectRecord } from './personal-data-keys';

interface SubjectRow {
  subject_id: string;
  kind: SubjectRecord['kind'];
  reference: string;
  meeting_id: string | null;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS personal_data_settings (name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS personal_data_subjects (
    subject_id TEXT PRIMARY KEY, kind TEXT NOT NULL, reference TEXT NOT NULL, meeting_id TEXT, key BLOB NOT NULL, kept_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS personal_data_subjects_reference ON personal_data_subjects (kind, reference);
  CREATE INDEX IF NOT EXISTS personal_data_subjects_meeting ON personal_data_subjects (meeting_id);
  CREATE TABLE IF NOT EXISTS personal_data_lookups (hmac BLOB NOT NULL, subject_id TEXT NOT NULL, PRIMARY KEY (hmac, subject_id)) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS personal_data_lookups_subject ON personal_data_lookups (subject_id);
  CREATE TABLE IF NOT EXISTS personal_data_erased (subject_id TEXT PRIMARY KEY, erased_at TEXT NOT NULL) WITHOUT ROWID;
`;

/**
 * The key store in a SQLite file of its own (`PERSONAL_DATA_KEYS=<path>`). A rollback journal, not a
 * write-ahead log, so that no other file keeps a copy of a page; `secure_delete` overwrites a destroyed key's
 * bytes with zeros in the file itself; `synchronous = FULL`: a key is on disk when `keep` returns. Only
 * this process's user may read the file.
 */
export class SqlitePersonalDataKeys implements PersonalDataKeys {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = openSqliteFile(path, ['journal_mode = DELETE', 'secure_delete = ON', 'busy_timeout = 5000', 'synchronous = FULL']);
    if (path !== ':memory:') chmodSync(path, 0o600);
    this.db.exec(SCHEMA);
  }

  lookupKey(): Promise<Buffer> {
    const read = () => this.db.prepare("SELECT value FROM personal_data_settings WHERE name = 'lookup-key'").pluck().get() as Buffer;
    const make = this.db.prepare("INSERT OR IGNORE INTO personal_data_settings (name, value) VALUES ('lookup-key', ?)");
    return Promise.resolve(read() ?? (make.run(randomBytes(KEY_BYTES)), read()));
  }

  keep(subjects: readonly NewSubject[], at: Date): Promise<void> {
    const subject = this.db.prepare(
      'INSERT INTO personal_data_subjects (subject_id, kind, reference, meeting_id, key, kept_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const lookup = this.db.prepare('INSERT OR IGNORE INTO personal_data_lookups (hmac, subject_id) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const s of subjects) {
        subject.run(s.subjectId, s.kind, s.reference, s.meetingId ?? null, s.key, at.toISOString());
        for (const hmac of s.lookups) lookup.run(hmac, s.subjectId);
      }
    })();
    return Promise.resolve();
  }

  keys(subjectIds: readonly string[]): Promise<Map<string, Buffer>> {
    const read = this.db.prepare('SELECT key FROM personal_data_subjects WHERE subject_id = ?').pluck();
    const found = new Map<string, Buffer>();
    for (const id of new Set(subjectIds)) {
      const key = read.get(id) as Buffer | undefined;
      if (key) found.set(id, key);
    }
    return Promise.resolve(found);
  }

  find(query: SubjectQuery): Promise<SubjectRecord[]> {
    const columns = 'SELECT s.subject_id, s.kind, s.reference, s.meeting_id FROM personal_data_subjects s';
    let rows: SubjectRow[];
    if ('lookup' in query) {
      rows = this.db
        .prepare(`${columns} JOIN personal_data_lookups l USING (subject_id) WHERE l.hmac = ?`)
        .all(query.lookup) as SubjectRow[];
    } else if ('meetingId' in query) {
      rows = this.db.prepare(`${columns} WHERE s.meeting_id = ?`).all(query.meetingId) as SubjectRow[];
    } else {
      rows = this.db.prepare(`${columns} WHERE s.kind = ? AND s.reference = ?`).all(query.kind, query.reference) as SubjectRow[];
    }
    return Promise.resolve(rows.map(toRecord));
  }

  meetings(): Promise<string[]> {
    const sql = 'SELECT DISTINCT meeting_id FROM personal_data_subjects WHERE meeting_id IS NOT NULL ORDER BY meeting_id';
    return Promise.resolve(this.db.prepare(sql).pluck().all() as string[]);
  }

  destroy(subjectIds: readonly string[], at: Date): Promise<void> {
    const erase = this.db.prepare('DELETE FROM personal_data_subjects WHERE subject_id = ?');
    const unlink = this.db.prepare('DELETE FROM personal_data_lookups WHERE subject_id = ?');
    const mark = this.db.prepare('INSERT OR IGNORE INTO personal_data_erased (subject_id, erased_at) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const id of subjectIds) {
        erase.run(id);
        unlink.run(id);
        mark.run(id, at.toISOString());
      }
    })();
    return Promise.resolve();
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}

export function toRecord(row: SubjectRow): SubjectRecord {
  return { subjectId: row.subject_id, kind: row.kind, reference: row.reference, ...(row.meeting_id ? { meetingId: row.meeting_id } : {}) };
}
