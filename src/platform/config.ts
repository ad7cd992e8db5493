import { EventStoreSettings } from '../event-store/event-store.factory';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Every setting the engine reads from its environment, in one place. The README's configuration
 * table lists exactly these names (a test keeps the two in step).
 */
export interface AppConfig {
  nodeEnv: string;
  port: number;
  logLevel: string;
  eventStore: EventStoreSettings;
  projectionsPath: string;
  projectionWaitMs: number;
  commandRetries: number;
  /** How long an Idempotency-Key and its answer are kept. */
  idempotencyTtlMs: number;
  redisUrl?: string;
  deadlines: { reconcileIntervalMs: number; queuePrefix: string; attempts: number; retryBaseMs: number };
  auth: { secret: string; usingDevelopmentSecret: boolean };
  /** Worker threads for audit verification and rebuild on the embedded store (1: on the calling thread). */
  auditWorkers: number;
  webhooks: { allowPrivate: boolean; secretsPath: string };
  /** How many days ahead of now a batch's deadline may lie (so that a mistyped year cannot hold a list for ever). */
  maxDeadlineDays: number;
  http: HttpServerLimits;
}

/** What one client may hold of the HTTP server: header bytes, time, requests per socket, sockets. */
export interface HttpServerLimits {
  maxHeaderSize: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxRequestsPerSocket: number;
  maxConnections: number;
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
  'IDEMPOTENCY_TTL_MS',
  'REDIS_URL',
  'DEADLINE_RECONCILE_INTERVAL_MS',
  'QUEUE_PREFIX',
  'JOB_ATTEMPTS',
  'JOB_RETRY_BASE_MS',
  'AUTH_JWT_SECRET',
  'AUDIT_WORKERS',
  'WEBHOOK_ALLOW_PRIVATE',
  'WEBHOOK_SECRETS_SQLITE_PATH',
  'MAX_DEADLINE_DAYS',
  'HTTP_MAX_HEADER_SIZE',
  'HTTP_HEADERS_TIMEOUT_MS',
  'HTTP_REQUEST_TIMEOUT_MS',
  'HTTP_CONNECTION_TIMEOUT_MS',
  'HTTP_KEEP_ALIVE_TIMEOUT_MS',
  'HTTP_MAX_REQUESTS_PER_SOCKET',
  'HTTP_MAX_CONNECTIONS',
] as const;

export const DEVELOPMENT_JWT_SECRET = 'nihil-obstat-development-secret-not-for-production';

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const projectionsPath = env.PROJECTIONS_SQLITE_PATH ?? './data/projections.db';
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000),
    logLevel: env.LOG_LEVEL ?? 'info',
    eventStore: {
      connectionString: eventStoreConnection(env),
      sqlitePath: env.EVENTSTORE_SQLITE_PATH ?? './data/events.db',
      sqliteSync: oneOf(env, 'EVENTSTORE_SQLITE_SYNC', ['full', 'normal'] as const, 'full'),
      // The server's default MaxAppendSize (1 MiB).
      maxAppendSize: integer(env, 'EVENTSTORE_MAX_APPEND_SIZE', 1024 * 1024),
    },
    projectionsPath,
    projectionWaitMs: integer(env, 'PROJECTION_WAIT_MS', 5000),
    commandRetries: integer(env, 'COMMAND_RETRIES', 3),
    idempotencyTtlMs: integer(env, 'IDEMPOTENCY_TTL_MS', 86_400_000),
    redisUrl: nonEmpty(env.REDIS_URL),
    deadlines: {
      reconcileIntervalMs: integer(env, 'DEADLINE_RECONCILE_INTERVAL_MS', 60_000),
      queuePrefix: env.QUEUE_PREFIX?.trim() || 'nihil-obstat',
      attempts: integer(env, 'JOB_ATTEMPTS', 8),
      retryBaseMs: integer(env, 'JOB_RETRY_BASE_MS', 1000),
    },
    auth: authConfig(env, nodeEnv),
    auditWorkers: Math.max(1, integer(env, 'AUDIT_WORKERS', availableParallelism())),
    http: httpServerLimits(env),
    webhooks: webhookConfig(env, projectionsPath),
    maxDeadlineDays: positiveInteger(env, 'MAX_DEADLINE_DAYS', 366),
  };
}

/** The secrets live in a file of their own beside the read models, never in projections.db, which may be deleted and rebuilt. */
function webhookConfig(env: Env, projectionsPath: string): AppConfig['webhooks'] {
  return {
    allowPrivate: oneOf(env, 'WEBHOOK_ALLOW_PRIVATE', ['true', 'false'] as const, 'false') === 'true',
    secretsPath: nonEmpty(env.WEBHOOK_SECRETS_SQLITE_PATH) ?? join(dirname(projectionsPath), 'webhook-secrets.db'),
  };
}

function httpServerLimits(env: Env): HttpServerLimits {
  const limits: HttpServerLimits = {
    maxHeaderSize: positiveInteger(env, 'HTTP_MAX_HEADER_SIZE', 16 * 1024),
    headersTimeoutMs: positiveInteger(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000),
    requestTimeoutMs: positiveInteger(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000),
    connectionTimeoutMs: positiveInteger(env, 'HTTP_CONNECTION_TIMEOUT_MS', 120_000),
    keepAliveTimeoutMs: positiveInteger(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 10_000),
    maxRequestsPerSocket: positiveInteger(env, 'HTTP_MAX_REQUESTS_PER_SOCKET', 1000),
    maxConnections: positiveInteger(env, 'HTTP_MAX_CONNECTIONS', 1024),
  };
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new ConfigError('HTTP_HEADERS_TIMEOUT_MS may not exceed HTTP_REQUEST_TIMEOUT_MS: the headers are part of the request.');
  }
  return limits;
}

/** A limit that 0 would switch off: refused, so that no one removes a protection by accident. */
function authConfig(env: Env, nodeEnv: string): AppConfig['auth'] {
  const secret = nonEmpty(env.AUTH_JWT_SECRET);
  if (secret) return { secret, usingDevelopmentSecret: false };
  if (nodeEnv === 'production') {
    throw new ConfigError('AUTH_JWT_SECRET must be set when NODE_ENV=production; the engine will not start without it.');
  }
  return { secret: DEVELOPMENT_JWT_SECRET, usingDevelopmentSecret: true };
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

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function integer(env: Env, name: string, fallback: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a non-negative integer, got "${raw}".`);
  return value;
}

function positiveInteger(env: Env, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value === 0) throw new ConfigError(`${name} must be at least 1, got "0".`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}".`);
  }
  return raw as T;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
