import { dirname, join } from 'node:path';
import { ConfigError, Env, nonEmpty, positiveInteger } from '../env-values';

/** Where the data subjects' keys are kept, and how long a meeting's personal data is kept after it. */
export interface PersonalDataSettings {
  keys: { kind: 'postgres'; url: string } | { kind: 'sqlite'; path: string };
  /** Days after a meeting's end; absent: kept until an erasure is requested. */
  retentionDays?: number;
}

/** `PERSONAL_DATA_KEYS`: `postgres` (the store's database) or a file path (default beside the read models). */
export function personalDataSettings(env: Env, projectionsPath: string, postgresUrl: string | undefined): PersonalDataSettings {
  const configured = nonEmpty(env.PERSONAL_DATA_KEYS)?.trim();
  const retentionDays = nonEmpty(env.PERSONAL_DATA_RETENTION_DAYS) ? positiveInteger(env, 'PERSONAL_DATA_RETENTION_DAYS', 1) : undefined;
  const retention = retentionDays === undefined ? {} : { retentionDays };
  if (configured === 'postgres') {
    if (!postgresUrl)
      throw new ConfigError("PERSONAL_DATA_KEYS=postgres keeps the keys in the store's database: set EVENTSTORE_POSTGRES_URL.");
    return { keys: { kind: 'postgres', url: postgresUrl }, ...retention };
  }
  return { keys: { kind: 'sqlite', path: configured ?? join(dirname(projectionsPath), 'personal-data-keys.db') }, ...retention };
}
