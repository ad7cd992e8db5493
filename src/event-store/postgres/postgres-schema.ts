import type { Pool, PoolClient } from 'pg';

/** One step of the schema; applied once, in order, and recorded in `schema_migrations`. */
interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Key of the advisory lock under which a starting process migrates (any number, the same in every process). */
const MIGRATION_LOCK = 7_046_165_201;
/** Key of the advisory lock every append holds from the assignment of its positions to its commit. */
export const APPEND_LOCK = 7_046_165_202;
/** The channel notified after appends commit (see AppendNotifier); subscriptions listen to it to wake up early. */
export const APPENDED_CHANNEL = 'nihil_obstat_appended';
/** SQLSTATEs of the append function's own refusals. */
export const WRONG_REVISION = 'NO409';
export const KEY_TAKEN = 'NO412';

/*
 * Commit order of positions. A sequence (bigserial) hands out numbers at insert time, but transactions
 * commit in another order: a reader can see position 11 while 10 is still uncommitted and, resuming
 * after 11, skip 10 for ever. Here every append takes one transaction-scoped advisory lock right before
 * it assigns its positions (the highest committed position plus one, two...) and keeps it until its
 * commit, when PostgreSQL releases it only after the commit is visible to others. So positions are
 * assigned and become visible in the same order: whatever a reader sees, it has seen everything below.
 * The cost: appends to the whole log are serialized from that point to their commit (one WAL flush
 * each; no two appends' flushes overlap), which caps concurrent appends at about one per flush.
 * Since nothing else writes events while the lock is held, the stream's revision read under it is exact:
 * the check needs no row per stream to lock (version 1 kept one, in `streams`, and an insert or update of
 * it was the largest part of an append's cost beyond the event's own insert). The idempotency keys come
 * before the lock, outside it. Reads take no lock. The highest committed position and revision are each
 * one backward step in an index; a one-row head table updated under the lock measured no faster and
 * writes a row version per append. No NOTIFY here: it would take the notification queue's lock at every
 * commit; the store sends one after the commit instead (see AppendNotifier).
 */
const APPEND_FUNCTION = `
append_events(
  p_stream text, p_expected bigint, p_any boolean,
  p_event_ids text[], p_types text[], p_data text[], p_metadata text[], p_recorded_at timestamptz,
  p_key_scopes text[], p_key_fingerprints text[], p_key_streams text[], p_key_first bigint[], p_key_last bigint[]
) RETURNS TABLE (last_position bigint, last_revision bigint) LANGUAGE plpgsql AS $fn$
DECLARE
  current bigint;
  base bigint;
  added bigint := cardinality(p_event_ids);
BEGIN
  -- Under repeatable read the statement after the lock would not see the appends committed meanwhile.
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'append_events runs at read committed only, not %', current_setting('transaction_isolation');
  END IF;
  -- An early refusal, so that a wrong revision is reported before a taken key, as it always was; the
  -- exact check is the one under the lock.
  IF NOT p_any THEN
    SELECT coalesce(max(revision), -1) INTO current FROM events WHERE stream_id = p_stream;
    IF current <> p_expected THEN
      RAISE EXCEPTION USING ERRCODE = '${WRONG_REVISION}', MESSAGE = 'wrong expected revision', DETAIL = current::text;
    END IF;
  END IF;
  FOR i IN 1 .. coalesce(cardinality(p_key_scopes), 0) LOOP
    INSERT INTO idempotency_records (scope, fingerprint, recorded_at, stream_id, first_revision, last_revision)
      VALUES (p_key_scopes[i], p_key_fingerprints[i], p_recorded_at, p_key_streams[i], p_key_first[i], p_key_last[i])
      ON CONFLICT (scope) DO NOTHING;
    IF NOT FOUND THEN
      RAISE EXCEPTION USING ERRCODE = '${KEY_TAKEN}', MESSAGE = 'idempotency key taken', DETAIL = p_key_scopes[i];
    END IF;
  END LOOP;
  PERFORM pg_advisory_xact_lock(${APPEND_LOCK});
  -- A new statement, so a new snapshot (read committed): it sees every append that held the lock before,
  -- and no other append writes events until this one commits. So the stream's revision read here is
  -- exact, and the check needs no lock of its own.
  SELECT (SELECT coalesce(max(position), 0) FROM events),
         (SELECT coalesce(max(revision), -1) FROM events WHERE stream_id = p_stream)
    INTO base, current;
  IF NOT p_any AND current <> p_expected THEN
    RAISE EXCEPTION USING ERRCODE = '${WRONG_REVISION}', MESSAGE = 'wrong expected revision', DETAIL = current::text;
  END IF;
  INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, recorded_at)
    SELECT base + e.n, e.id, p_stream, current + e.n, e.type, e.data::json, e.metadata::json, p_recorded_at
    FROM unnest(p_event_ids, p_types, p_data, p_metadata) WITH ORDINALITY AS e(id, type, data, metadata, n);
  IF cardinality(p_key_scopes) > 0 THEN
    UPDATE idempotency_records SET position = base + added WHERE scope = ANY (p_key_scopes);
  END IF;
  RETURN QUERY SELECT base + added, current + added;
END
$fn$`;

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events, streams, idempotency records, log identity, append function',
    sql: `
      CREATE TABLE log_identity (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        identity uuid NOT NULL DEFAULT gen_random_uuid()
      );
      INSERT INTO log_identity DEFAULT VALUES;
      CREATE TABLE streams (stream_id text PRIMARY KEY, revision bigint NOT NULL);
      CREATE TABLE events (
        position    bigint PRIMARY KEY,
        event_id    text NOT NULL UNIQUE,
        stream_id   text NOT NULL,
        revision    bigint NOT NULL,
        type        text NOT NULL,
        data        json NOT NULL,
        metadata    json NOT NULL,
        recorded_at timestamptz NOT NULL,
        UNIQUE (stream_id, revision)
      );
      CREATE TABLE idempotency_records (
        scope text PRIMARY KEY, fingerprint text NOT NULL, recorded_at timestamptz NOT NULL,
        stream_id text, position bigint, first_revision bigint, last_revision bigint, answer json
      );
      CREATE INDEX idempotency_records_by_age ON idempotency_records (recorded_at);
      CREATE FUNCTION ${APPEND_FUNCTION};`,
  },
  // Version 1's function checked revisions on a row per stream, in table `streams`, and sent the NOTIFY
  // itself. A database made now runs both versions and ends with the same function. Processes of the
  // previous version still running call the new function: their appends stay right, and other
  // processes' subscriptions see them at their next poll.
  {
    version: 2,
    name: 'append function: revision checked under the append lock (table streams dropped), NOTIFY sent by the store after commit',
    sql: `CREATE OR REPLACE FUNCTION ${APPEND_FUNCTION}; DROP TABLE streams;`,
  },
];

/** The latest schema version this code knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/**
 * Brings the database to the latest schema: the missing migrations, in one transaction, under an
 * advisory lock, so that processes starting together apply each migration once (the others wait, then
 * find it recorded). A database newer than this code is refused rather than written to.
 */
export async function migrate(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const applied = await appliedVersions(client);
    const newest = Math.max(0, ...applied);
    if (newest > SCHEMA_VERSION) {
      throw new Error(
        `The PostgreSQL event store has schema version ${newest}; this engine knows up to ${SCHEMA_VERSION}. Upgrade the engine.`,
      );
    }
    for (const migration of MIGRATIONS.filter((m) => !applied.includes(m.version))) {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function appliedVersions(client: PoolClient): Promise<number[]> {
  const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
  return rows.map((row) => row.version);
}
