import { EventStoreSettings } from '../event-store/event-store.factory';
import { AsOfBounds, DEFAULT_AS_OF_BOUNDS } from '../event-store/projections/as-of/as-of-bounds';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { AuthSettings, authSettings, TRUSTING_ENVIRONMENTS } from './auth/auth-settings';
import { OidcSignIn, oidcSignIn } from './auth/oidc-sign-in';
import { maskedAddress } from '../kernel/masked-address';
import { ConfigError, Env, integer, nonEmpty, oneOf, positiveInteger } from './env-values';
import { trustedProxies } from './http/trusted-proxies';
import { RateLimitSettings } from './rate-limit/rate-limit-settings';
import { PersonalDataSettings, personalDataSettings } from './personal-data/personal-data-settings';

export { ConfigError } from './env-values';
export { DEVELOPMENT_JWT_SECRET } from './auth/auth-settings';

/**
 * Every setting the engine reads from its environment, in one place. The configuration
 * table of docs/configuration.md lists exactly these names (a test keeps the two in step).
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
  /** Views as of a point (`?asOf=`, `?asOfPosition=`): cache, concurrent replays, largest replay. */
  asOf: AsOfBounds;
  commandRetries: number;
  /** How long an Idempotency-Key and its answer are kept. */
  idempotencyTtlMs: number;
  redisUrl?: string;
  deadlines: { reconcileIntervalMs: number; queuePrefix: string; attempts: number; retryBaseMs: number };
  auth: AuthSettings;
  /** The OpenID provider the console signs people in with (GET /v1/auth/config). */
  oidc: OidcSignIn;
  rateLimit: RateLimitSettings;
  /** Worker threads for audit verification and rebuild on the embedded store (1: on the calling thread). */
  auditWorkers: number;
  webhooks: { allowPrivate: boolean; secretsPath: string };
  /** How many days ahead of now a batch's deadline may lie (so that a mistyped year cannot hold a list for ever). */
  maxDeadlineDays: number;
  http: HttpServerLimits;
  documents: DocumentSettings;
  /** GET /metrics: the bearer token it requires, when one is set (without one, 404 outside development and test). */
  metrics: { token?: string };
  tracing: TracingSettings;
  personalData: PersonalDataSettings;
}

/** OpenTelemetry traces, exported over OTLP/HTTP when `endpoint` is set (off, and free, otherwise). */
export interface TracingSettings {
  /** The collector's base address; spans go to `<endpoint>/v1/traces`. */
  endpoint?: string;
  serviceName: string;
}

/**
 * How letters are rendered to PDF: which Chromium, how long one render may take, how many run at once,
 * how many one caller may have, how many bytes of PDFs are kept, how many table rows a PDF may print.
 */
export interface DocumentSettings {
  /** Undefined when none is configured and none is installed at the default path. */
  chromiumPath?: string;
  renderTimeoutMs: number;
  renderConcurrency: number;
  rendersPerCaller: number;
  /** 0: no PDF is kept. */
  cacheBytes: number;
  maxRows: number;
}

/**
 * What one client may hold of the HTTP server (header bytes, time, requests per socket, sockets), and
 * which proxies' X-Forwarded-For tells the client's address.
 */
export interface HttpServerLimits {
  maxHeaderSize: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxRequestsPerSocket: number;
  maxConnections: number;
  /** TRUST_PROXY: addresses and CIDR ranges; empty, X-Forwarded-For is ignored. */
  trustProxy: string[];
}

export const CONFIG_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'LOG_LEVEL',
  'EVENTSTORE_CONNECTION_STRING',
  'EVENTSTORE_POSTGRES_URL',
  'EVENTSTORE_SQLITE_PATH',
  'EVENTSTORE_SQLITE_SYNC',
  'EVENTSTORE_MAX_APPEND_SIZE',
  'PROJECTIONS_SQLITE_PATH',
  'PROJECTION_WAIT_MS',
  'AS_OF_CACHE_ENTRIES',
  'AS_OF_CACHE_EVENTS',
  'AS_OF_REPLAYS',
  'AS_OF_WAIT_MS',
  'AS_OF_MAX_EVENTS',
  'COMMAND_RETRIES',
  'IDEMPOTENCY_TTL_MS',
  'REDIS_URL',
  'DEADLINE_RECONCILE_INTERVAL_MS',
  'QUEUE_PREFIX',
  'JOB_ATTEMPTS',
  'JOB_RETRY_BASE_MS',
  'AUTH_JWT_SECRET',
  'AUTH_MAX_TOKEN_LIFETIME_MS',
  'AUTH_OIDC_ISSUER',
  'AUTH_OIDC_CLIENT_ID',
  'AUTH_OIDC_SCOPES',
  'AUTH_OIDC_AUDIENCE',
  'AUTH_ROLE_CLAIM',
  'AUTH_STATE_CLAIM',
  'HOST',
  'API_DOCS',
  'RATE_LIMIT_RPM',
  'RATE_LIMIT_PUBLIC_RPM',
  'TRUST_PROXY',
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
  'CHROMIUM_PATH',
  'DOCUMENTS_RENDER_TIMEOUT_MS',
  'DOCUMENTS_RENDER_CONCURRENCY',
  'DOCUMENTS_RENDERS_PER_CALLER',
  'DOCUMENTS_CACHE_MB',
  'DOCUMENTS_MAX_ROWS',
  'METRICS_TOKEN',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_SERVICE_NAME',
  'PERSONAL_DATA_KEYS',
  'PERSONAL_DATA_RETENTION_DAYS',
] as const;

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = nonEmpty(env.NODE_ENV)?.trim() ?? 'development';
  const projectionsPath = env.PROJECTIONS_SQLITE_PATH ?? './data/projections.db';
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000),
    host: nonEmpty(env.HOST)?.trim() ?? defaultHost(nodeEnv),
    apiDocs: oneOf(env, 'API_DOCS', ['true', 'false'] as const, 'true') === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    eventStore: {
      connectionString: eventStoreConnection(env),
      postgresUrl: postgresUrl(env),
      sqlitePath: env.EVENTSTORE_SQLITE_PATH ?? './data/events.db',
      sqliteSync: oneOf(env, 'EVENTSTORE_SQLITE_SYNC', ['full', 'normal'] as const, 'full'),
      // The server's default MaxAppendSize (1 MiB).
      maxAppendSize: integer(env, 'EVENTSTORE_MAX_APPEND_SIZE', 1024 * 1024),
    },
    projectionsPath,
    projectionWaitMs: integer(env, 'PROJECTION_WAIT_MS', 5000),
    asOf: asOfBounds(env),
    commandRetries: integer(env, 'COMMAND_RETRIES', 3),
    idempotencyTtlMs: integer(env, 'IDEMPOTENCY_TTL_MS', 86_400_000),
    redisUrl: nonEmpty(env.REDIS_URL),
    deadlines: {
      reconcileIntervalMs: integer(env, 'DEADLINE_RECONCILE_INTERVAL_MS', 60_000),
      queuePrefix: env.QUEUE_PREFIX?.trim() || 'nihil-obstat',
      attempts: integer(env, 'JOB_ATTEMPTS', 8),
      retryBaseMs: integer(env, 'JOB_RETRY_BASE_MS', 1000),
    },
    auth: authSettings(env, nodeEnv),
    oidc: oidcSignIn(env),
    rateLimit: {
      callerPerMinute: integer(env, 'RATE_LIMIT_RPM', 6000),
      addressPerMinute: integer(env, 'RATE_LIMIT_PUBLIC_RPM', 600),
    },
    auditWorkers: Math.max(1, integer(env, 'AUDIT_WORKERS', availableParallelism())),
    http: httpServerLimits(env),
    webhooks: webhookConfig(env, projectionsPath),
    maxDeadlineDays: positiveInteger(env, 'MAX_DEADLINE_DAYS', 366),
    documents: documentSettings(env),
    metrics: metricsSettings(env, nodeEnv),
    tracing: tracingSettings(env),
    personalData: personalDataSettings(env, projectionsPath, postgresUrl(env)),
  };
}

/** The cache may be switched off (0 entries); the replays at once and the largest replay may not. */
function asOfBounds(env: Env): AsOfBounds {
  const defaults = DEFAULT_AS_OF_BOUNDS;
  return {
    cacheEntries: integer(env, 'AS_OF_CACHE_ENTRIES', defaults.cacheEntries),
    cacheEvents: integer(env, 'AS_OF_CACHE_EVENTS', defaults.cacheEvents),
    replays: positiveInteger(env, 'AS_OF_REPLAYS', defaults.replays),
    waitMs: integer(env, 'AS_OF_WAIT_MS', defaults.waitMs),
    maxEvents: positiveInteger(env, 'AS_OF_MAX_EVENTS', defaults.maxEvents),
  };
}

export function tracingSettings(env: Env): TracingSettings {
  const serviceName = nonEmpty(env.OTEL_SERVICE_NAME)?.trim() ?? 'nihil-obstat';
  const endpoint = nonEmpty(env.OTEL_EXPORTER_OTLP_ENDPOINT)?.trim();
  if (endpoint === undefined) return { serviceName };
  if (!/^https?:\/\/[^/]/.test(endpoint) || !URL.canParse(endpoint)) {
    throw new ConfigError(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// address, got "${endpoint}".`);
  }
  return { endpoint: endpoint.replace(/\/+$/, ''), serviceName };
}

const MIN_METRICS_TOKEN_LENGTH = 32;

/** Outside development and test a METRICS_TOKEN must be too long to guess: /metrics is not rate limited. */
function metricsSettings(env: Env, nodeEnv: string): AppConfig['metrics'] {
  const token = nonEmpty(env.METRICS_TOKEN)?.trim();
  if (token !== undefined && token.length < MIN_METRICS_TOKEN_LENGTH && !TRUSTING_ENVIRONMENTS.includes(nodeEnv)) {
    throw new ConfigError(
      `METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters with NODE_ENV=${nodeEnv} (anything but development or test), got ${token.length}. Make one with: openssl rand -hex 32`,
    );
  }
  return { token };
}

/** Debian's package puts Chromium here (the Dockerfile installs it). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** One render at a time by default: a render keeps a core busy, and each page in flight costs Chromium ~250 MiB. */
function documentSettings(env: Env): DocumentSettings {
  const configured = nonEmpty(env.CHROMIUM_PATH)?.trim();
  const chromiumPath = configured ?? (existsSync(DEFAULT_CHROMIUM_PATH) ? DEFAULT_CHROMIUM_PATH : undefined);
  return {
    ...(chromiumPath ? { chromiumPath } : {}),
    renderTimeoutMs: positiveInteger(env, 'DOCUMENTS_RENDER_TIMEOUT_MS', 30_000),
    renderConcurrency: positiveInteger(env, 'DOCUMENTS_RENDER_CONCURRENCY', 1),
    rendersPerCaller: positiveInteger(env, 'DOCUMENTS_RENDERS_PER_CALLER', 2),
    cacheBytes: integer(env, 'DOCUMENTS_CACHE_MB', 64) * 1024 * 1024,
    maxRows: positiveInteger(env, 'DOCUMENTS_MAX_ROWS', 5000),
  };
}

/** In development anyone who reaches the engine can mint tokens (contract 1.1): only this machine may. */
export function defaultHost(nodeEnv: string): string {
  return nodeEnv === 'development' ? '127.0.0.1' : '0.0.0.0';
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
    trustProxy: trustedProxies(env),
  };
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new ConfigError('HTTP_HEADERS_TIMEOUT_MS may not exceed HTTP_REQUEST_TIMEOUT_MS: the headers are part of the request.');
  }
  return limits;
}

/**
 * The schemes the EventStoreDB client 6.2 parses (it has no `kurrentdb://`). A refused append must
 * arrive as the client's thrown error, which `throwOnAppendFailure=false` would turn off.
 */
function eventStoreConnection(env: Env): string | undefined {
  const value = nonEmpty(env.EVENTSTORE_CONNECTION_STRING)?.trim();
  if (value === undefined) return undefined;
  const shown = maskedAddress(value);
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

/** A PostgreSQL address; with EVENTSTORE_CONNECTION_STRING also set, which store is meant is unclear: refused. */
function postgresUrl(env: Env): string | undefined {
  const value = nonEmpty(env.EVENTSTORE_POSTGRES_URL)?.trim();
  if (value === undefined) return undefined;
  const shown = maskedAddress(value);
  if (!/^postgres(ql)?:\/\//.test(value)) {
    throw new ConfigError(`EVENTSTORE_POSTGRES_URL must start with postgres:// or postgresql://, got "${shown}".`);
  }
  if (nonEmpty(env.EVENTSTORE_CONNECTION_STRING)) {
    throw new ConfigError(
      'EVENTSTORE_POSTGRES_URL and EVENTSTORE_CONNECTION_STRING are both set: the engine writes to one event store; unset one of them.',
    );
  }
  return value;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
