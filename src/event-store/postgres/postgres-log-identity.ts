import type { Pool } from 'pg';

/**
 * The log's identity: a random UUID made by the first migration, in the same transaction as the
 * tables, and never changed. A database made anew gets a new one.
 */
export async function postgresLogIdentity(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ identity: string }>('SELECT identity::text AS identity FROM log_identity');
  if (rows.length !== 1) throw new Error('The PostgreSQL event store has no log identity (table log_identity is empty)');
  return rows[0].identity;
}
