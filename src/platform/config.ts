import { EventStoreSettings } from '../event-store/event-store.factory';
import { availableParallelism } from 'node:os';
import { AuthSettings, authSettings } from './auth/auth-settings';
import { ConfigError, Env, integer, nonEmpty, oneOf } from './env-values';
import { RateLimitSettings } from './rate-limit/rate-limit-settings';

export { ConfigError } from './env-values';

/**
 * Every setting the engine reads from its environment, in one place. The README's configuration
 * table lists exactly these names (a test keeps the two in step).
 */
export interface AppConfig {
  nodeEnv: string;
  port: number;
  /** The address the HTTP server listens on. */
  host: string;
  /** Whether /docs and /docs-json are served. */
  apiDocs: boolean;
  logLevel: string;
  eventStore: EventStoreSettings;
  projectionsPath: string;
  projectionWaitMs: number;
  commandRetries: number;
  redisUrl?: string;
  deadlines: { reconcileIntervalMs: number; queuePrefix: string; attempts: number; retryBaseMs: number };
  auth: AuthSettings;
  rateLimit: RateLimitSettings;
  /** Worker threads for audit verification and rebuild on the embedded store (1: on the calling thread). */
  auditWorkers: number;
}

export const CONFIG_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'LOG_LEVEL',
  'EVENTSTORE_CONNECTION_STRING',
  'EVENTSTORE_SQLITE_PATH',
  'EVENTSTORE_SQLITE_SYNC',
  'EVENTSTORE_MAX_APPEND_SIZE',
  'PROJECTIONS_SQLITE_PATH',
  'PROJECTION_WAIT_MS',
  'COMMAND_RETRIES',
  'REDIS_URL',
  'DEADLINE_RECONCILE_INTERVAL_MS',
  'QUEUE_PREFIX',
  'JOB_ATTEMPTS',
  'JOB_RETRY_BASE_MS',
  'AUTH_JWT_SECRET',
  'AUTH_MAX_TOKEN_LIFETIME_MS',
  'HOST',
  'API_DOCS',
  'RATE_LIMIT_RPM',
  'RATE_LIMIT_PUBLIC_RPM',
  'AUDIT_WORKERS',
] as const;

export { DEVELOPMENT_JWT_SECRET } from './auth/auth-settings';

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = nonEmpty(env.NODE_ENV)?.trim() ?? 'development';
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000),
    host: nonEmpty(env.HOST)?.trim() ?? defaultHost(nodeEnv),
    apiDocs: oneOf(env, 'API_DOCS', ['true', 'false'] as const, 'true') === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    eventStore: {
      connectionString: eventStoreConnection(env),
      sqlitePath: env.EVENTSTORE_SQLITE_PATH ?? './data/events.db',
      sqliteSync: oneOf(env, 'EVENTSTORE_SQLITE_SYNC', ['full', 'normal'] as const, 'full'),
      // The server's default MaxAppendSize (1 MiB).
      maxAppendSize: integer(env, 'EVENTSTORE_MAX_APPEND_SIZE', 1024 * 1024),
    },
    projectionsPath: env.PROJECTIONS_SQLITE_PATH ?? './data/projections.db',
    projectionWaitMs: integer(env, 'PROJECTION_WAIT_MS', 5000),
    commandRetries: integer(env, 'COMMAND_RETRIES', 3),
    redisUrl: nonEmpty(env.REDIS_URL),
    deadlines: {
      reconcileIntervalMs: integer(env, 'DEADLINE_RECONCILE_INTERVAL_MS', 60_000),
      queuePrefix: env.QUEUE_PREFIX?.trim() || 'nihil-obstat',
      attempts: integer(env, 'JOB_ATTEMPTS', 8),
      retryBaseMs: integer(env, 'JOB_RETRY_BASE_MS', 1000),
    },
    auth: authSettings(env, nodeEnv),
    rateLimit: {
      callerPerMinute: integer(env, 'RATE_LIMIT_RPM', 6000),
      addressPerMinute: integer(env, 'RATE_LIMIT_PUBLIC_RPM', 600),
    },
    auditWorkers: Math.max(1, integer(env, 'AUDIT_WORKERS', availableParallelism())),
  };
}

/** In development anyone who reaches the engine can mint tokens (contract 1.1): only this machine may. */
export function defaultHost(nodeEnv: string): string {
  return nodeEnv === 'development' ? '127.0.0.1' : '0.0.0.0';
}

/**
 * The schemes the EventStoreDB client 6.2 parses (it has no `kurrentdb://`). A refused append must
 * arrive as the client's thrown error, which `throwOnAppendFailure=false` would turn off.
 */
function eventStoreConnection(env: Env): string | undefined {
  const value = nonEmpty(env.EVENTSTORE_CONNECTION_STRING)?.trim();
  if (value === undefined) return undefined;
  const shown = value.replace(/\/\/[^@/]*@/, '//***@');
  if (!/^esdb(\+discover)?:\/\//.test(value)) {
    throw new ConfigError(
      `EVENTSTORE_CONNECTION_STRING must start with esdb:// or esdb+discover:// (the EventStoreDB client 6.2 accepts no other scheme), got "${shown}".`,
    );
  }
  const options = new URLSearchParams(value.split('?')[1] ?? '');
  for (const [key, setting] of options) {
    if (key.toLowerCase().replace(/[_-]/g, '') === 'throwonappendfailure' && setting === 'false') {
      throw new ConfigError(
        'EVENTSTORE_CONNECTION_STRING may not set throwOnAppendFailure=false: the engine needs refused appends as errors.',
      );
    }
  }
  return value;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
