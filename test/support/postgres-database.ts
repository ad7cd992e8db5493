import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server the PostgreSQL tests run against (its `postgres` database is used to create and drop theirs). */
export const POSTGRES_ADMIN_URL = process.env.POSTGRES_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: string;
  /** The address of the new database, for a store or an engine. */
  url: string;
  /** Ends every connection to it and drops it. */
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file, `nihil_test_<random>`, dropped at the end. When PostgreSQL
 * does not answer the test fails, in CI and everywhere else: a skipped store test would look like a
 * passed one.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `nihil_test_${randomBytes(6).toString('hex')}`;
  await onAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await onAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function onAdmin<T>(use: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    const shown = POSTGRES_ADMIN_URL.replace(/\/\/[^@]*@/, '//***@');
    throw new Error(
      `PostgreSQL does not answer at ${shown} (${String(error)}). The PostgreSQL store's tests need it: start it, or point ` +
        'POSTGRES_TEST_URL at one. They fail rather than skip, in CI and everywhere else.',
      { cause: error },
    );
  }
  try {
    return await use(admin);
  } finally {
    await admin.end();
  }
}
