import { Provider } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import { AUDIT_REBUILD_CATALOGUE, AuditRebuildCatalogue } from '../audit/jobs/audit-job-runs';
import { AUDIT_JOB_TIMINGS, DEFAULT_JOB_TIMINGS } from '../audit/jobs/audit-jobs.service';
import { embeddedStorePath } from '../event-store/event-store.factory';
import { EVENT_STORE } from '../event-store/event-store.port';
import { AUDIT_JOB_BOARD, AuditJobBoard } from '../event-store/jobs/audit-job-board';
import { PostgresAuditJobBoard } from '../event-store/jobs/postgres-audit-job-board';
import { RedisAuditJobBoard } from '../event-store/jobs/redis-audit-job-board';
import { SqliteAuditJobBoard } from '../event-store/jobs/sqlite-audit-job-board';
import { openSqliteFile } from '../event-store/sqlite/sqlite-file';
import { APP_CONFIG, AppConfig } from '../platform/config';
import { engineRebuildOptions } from './engine-audit';
import { engineProjections } from './manifests';

const SQLITE_PRAGMAS = ['journal_mode = WAL', 'busy_timeout = 5000'];

/**
 * Where the audit jobs are kept, beside the log as the idempotency keys are (docs/stores.md): a table of
 * the embedded store's file (every process on it shares it), a table of the PostgreSQL database, Redis
 * for EventStoreDB when REDIS_URL is set, else the read models' file (that process alone).
 */
export function createAuditJobBoard(config: AppConfig): AuditJobBoard {
  const embedded = embeddedStorePath(config.eventStore);
  if (embedded !== undefined) return new SqliteAuditJobBoard(openSqliteFile(embedded, SQLITE_PRAGMAS));
  if (config.eventStore.postgresUrl)
    return new PostgresAuditJobBoard(new Pool({ connectionString: config.eventStore.postgresUrl, max: 2 }));
  if (config.redisUrl) {
    const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
    redis.on('error', () => undefined); // the platform's connection to the same Redis logs its outages
    return new RedisAuditJobBoard(redis, config.deadlines.queuePrefix);
  }
  return new SqliteAuditJobBoard(openSqliteFile(config.projectionsPath, SQLITE_PRAGMAS));
}

/** What the audit jobs need from the composition root: their board, and the engine's projections to rebuild. */
export const AUDIT_JOB_PROVIDERS: Provider[] = [
  // After the store: on the embedded store the board is a table of its file, which the store makes.
  { provide: AUDIT_JOB_BOARD, inject: [APP_CONFIG, EVENT_STORE], useFactory: createAuditJobBoard },
  {
    provide: AUDIT_REBUILD_CATALOGUE,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig): AuditRebuildCatalogue => ({ projections: engineProjections, options: engineRebuildOptions(config) }),
  },
  { provide: AUDIT_JOB_TIMINGS, useValue: DEFAULT_JOB_TIMINGS },
];
