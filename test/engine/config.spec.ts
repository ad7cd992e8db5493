import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { CONFIG_VARIABLES, ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from '../../src/platform/config';

const STRONG_SECRET = '0123456789abcdef0123456789abcdef';

describe('configuration', () => {
  it('has safe defaults: embedded store, fsync on every append, port 3000, development secret flagged', () => {
    const config = loadConfig({});
    expect(config.eventStore).toEqual({
      connectionString: undefined,
      sqlitePath: './data/events.db',
      sqliteSync: 'full',
      maxAppendSize: 1048576,
    });
    expect(config.port).toBe(3000);
    expect(config.redisUrl).toBeUndefined();
    expect(config.auth.usingDevelopmentSecret).toBe(true);
  });

  it('gives audits a worker thread per core unless told otherwise, and never fewer than one', () => {
    expect(loadConfig({}).auditWorkers).toBe(availableParallelism());
    expect(loadConfig({ AUDIT_WORKERS: '3' }).auditWorkers).toBe(3);
    expect(loadConfig({ AUDIT_WORKERS: '0' }).auditWorkers).toBe(1);
    expect(() => loadConfig({ AUDIT_WORKERS: 'many' })).toThrow('AUDIT_WORKERS must be a non-negative integer, got "many".');
  });

  it('is development when NODE_ENV is unset, and only there listens on the loopback address unless HOST says otherwise', () => {
    expect(loadConfig({})).toMatchObject({ nodeEnv: 'development', host: '127.0.0.1' });
    expect(loadConfig({ NODE_ENV: ' ' })).toMatchObject({ nodeEnv: 'development', host: '127.0.0.1' });
    expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: STRONG_SECRET }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: STRONG_SECRET, HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });

  it('outside development and test, starts only with an AUTH_JWT_SECRET of at least 32 bytes of its own', () => {
    for (const nodeEnv of ['production', 'staging', 'prod', 'Development']) {
      expect(() => loadConfig({ NODE_ENV: nodeEnv })).toThrow(
        `AUTH_JWT_SECRET must be set with NODE_ENV=${nodeEnv} (anything but development or test); the engine will not start without it.`,
      );
      expect(() => loadConfig({ NODE_ENV: nodeEnv, AUTH_JWT_SECRET: 'x'.repeat(31) })).toThrow(
        `AUTH_JWT_SECRET must be at least 32 bytes with NODE_ENV=${nodeEnv} (anything but development or test), got 31.`,
      );
      expect(() => loadConfig({ NODE_ENV: nodeEnv, AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(
        'AUTH_JWT_SECRET is the development secret published with the engine',
      );
      expect(loadConfig({ NODE_ENV: nodeEnv, AUTH_JWT_SECRET: STRONG_SECRET }).auth).toEqual({
        secret: STRONG_SECRET,
        usingDevelopmentSecret: false,
        maxTokenLifetimeMs: 43_200_000,
        acceptsSecretTokens: true,
      });
    }
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'é'.repeat(15) })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'é'.repeat(16) }).auth.secret).toBe('é'.repeat(16));
  });

  it('outside development and test, starts on an OpenID issuer alone, and then accepts only its tokens (contract 1.1)', () => {
    const oidc = { AUTH_OIDC_ISSUER: 'https://login.example.org/realms/un', AUTH_OIDC_AUDIENCE: 'nihil-obstat' };
    expect(loadConfig({ NODE_ENV: 'production', ...oidc }).auth).toMatchObject({
      acceptsSecretTokens: false,
      issuer: { ...{ issuer: oidc.AUTH_OIDC_ISSUER }, audience: 'nihil-obstat', claims: { role: 'role', state: 'state' } },
    });
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: STRONG_SECRET, ...oidc }).auth.acceptsSecretTokens).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', ...oidc }).auth.acceptsSecretTokens).toBe(true);
    expect(loadConfig({ ...oidc, AUTH_ROLE_CLAIM: 'roles', AUTH_STATE_CLAIM: 'extn.state' }).auth.issuer?.claims).toEqual({
      role: 'roles',
      state: 'extn.state',
    });
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_OIDC_ISSUER: oidc.AUTH_OIDC_ISSUER })).toThrow(
      'AUTH_OIDC_AUDIENCE must be set with AUTH_OIDC_ISSUER',
    );
  });

  it('in development and test, signs with the development secret when AUTH_JWT_SECRET is unset, and takes any secret given', () => {
    for (const nodeEnv of ['development', 'test']) {
      expect(loadConfig({ NODE_ENV: nodeEnv }).auth).toMatchObject({ secret: DEVELOPMENT_JWT_SECRET, usingDevelopmentSecret: true });
      expect(loadConfig({ NODE_ENV: nodeEnv, AUTH_JWT_SECRET: 's3cret' }).auth).toMatchObject({
        secret: 's3cret',
        usingDevelopmentSecret: false,
      });
    }
  });

  it('reads the longest token lifetime, the docs switch and the rate limits', () => {
    expect(loadConfig({})).toMatchObject({
      auth: { maxTokenLifetimeMs: 43_200_000 },
      apiDocs: true,
      rateLimit: { callerPerMinute: 6000, addressPerMinute: 600 },
    });
    expect(
      loadConfig({ AUTH_MAX_TOKEN_LIFETIME_MS: '900000', API_DOCS: 'false', RATE_LIMIT_RPM: '100', RATE_LIMIT_PUBLIC_RPM: '0' }),
    ).toMatchObject({ auth: { maxTokenLifetimeMs: 900_000 }, apiDocs: false, rateLimit: { callerPerMinute: 100, addressPerMinute: 0 } });
    expect(() => loadConfig({ API_DOCS: 'off' })).toThrow('API_DOCS must be one of true, false, got "off".');
    expect(() => loadConfig({ RATE_LIMIT_RPM: 'lots' })).toThrow('RATE_LIMIT_RPM must be a non-negative integer, got "lots".');
    expect(() => loadConfig({ AUTH_MAX_TOKEN_LIFETIME_MS: '12h' })).toThrow('AUTH_MAX_TOKEN_LIFETIME_MS must be a non-negative integer');
  });

  it('reads TRUST_PROXY as addresses and CIDR ranges (none by default), and refuses anything else at start', () => {
    expect(loadConfig({}).http.trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.5, 172.18.0.0/16,::1,fd00::/8 ' }).http.trustProxy).toEqual([
      '10.0.0.5',
      '172.18.0.0/16',
      '::1',
      'fd00::/8',
    ]);
    for (const wrong of ['proxy.internal', '10.0.0.0/33', '10.0.0.5/', 'fd00::/129', '10.0.0.0/8/8', '10.0.0.300', 'loopback']) {
      expect(() => loadConfig({ TRUST_PROXY: `127.0.0.1,${wrong}` })).toThrow(
        `TRUST_PROXY must be IP addresses or CIDR ranges separated by commas (e.g. "10.0.0.5,172.18.0.0/16"), got "${wrong}"`,
      );
    }
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.5,,10.0.0.6' })).toThrow('got ""');
  });

  it('names the variable and the value it cannot use', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be a non-negative integer, got "eighty".');
    expect(() => loadConfig({ EVENTSTORE_SQLITE_SYNC: 'off' })).toThrow('EVENTSTORE_SQLITE_SYNC must be one of full, normal');
  });

  it('accepts only the connection strings the EventStoreDB client parses, naming the scheme it needs', () => {
    for (const accepted of [
      'esdb://localhost:2113?tls=false',
      'esdb+discover://cluster.example:2113',
      ' esdb://admin:changeit@node:2113 ',
    ]) {
      expect(loadConfig({ EVENTSTORE_CONNECTION_STRING: accepted }).eventStore.connectionString).toBe(accepted.trim());
    }
    for (const refused of [
      'kurrentdb://localhost:2113?tls=false',
      'kurrentdb+discover://node:2113',
      'http://localhost:2113',
      'ESDB://node:2113',
      'localhost:2113',
    ]) {
      expect(() => loadConfig({ EVENTSTORE_CONNECTION_STRING: refused })).toThrow(/must start with esdb:\/\/ or esdb\+discover:\/\//);
    }
    expect(() => loadConfig({ EVENTSTORE_CONNECTION_STRING: 'kurrentdb://admin:s3cret@node:2113' })).toThrow(
      'got "kurrentdb://***@node:2113"',
    );
  });

  it('refuses throwOnAppendFailure=false, however it is spelled', () => {
    for (const key of ['throwOnAppendFailure', 'ThrowOnAppendFailure', 'throw-on-append-failure']) {
      expect(() => loadConfig({ EVENTSTORE_CONNECTION_STRING: `esdb://node:2113?tls=false&${key}=false` })).toThrow(
        /throwOnAppendFailure=false/,
      );
    }
    expect(
      loadConfig({ EVENTSTORE_CONNECTION_STRING: 'esdb://node:2113?throwOnAppendFailure=true' }).eventStore.connectionString,
    ).toBeDefined();
  });

  it('takes the largest append to send to EventStoreDB from EVENTSTORE_MAX_APPEND_SIZE', () => {
    expect(loadConfig({ EVENTSTORE_MAX_APPEND_SIZE: '4194304' }).eventStore.maxAppendSize).toBe(4194304);
    expect(() => loadConfig({ EVENTSTORE_MAX_APPEND_SIZE: '4 MiB' })).toThrow('EVENTSTORE_MAX_APPEND_SIZE must be a non-negative integer');
  });

  it('caps deadlines at MAX_DEADLINE_DAYS ahead, 366 unless told otherwise, and never at zero', () => {
    expect(loadConfig({}).maxDeadlineDays).toBe(366);
    expect(loadConfig({ MAX_DEADLINE_DAYS: '30' }).maxDeadlineDays).toBe(30);
    expect(() => loadConfig({ MAX_DEADLINE_DAYS: '0' })).toThrow('MAX_DEADLINE_DAYS must be at least 1, got "0".');
    expect(() => loadConfig({ MAX_DEADLINE_DAYS: 'a year' })).toThrow('MAX_DEADLINE_DAYS must be a non-negative integer, got "a year".');
  });

  it('protects /metrics only when METRICS_TOKEN is set, and traces only to an http(s) OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    expect(loadConfig({})).toMatchObject({ metrics: { token: undefined }, tracing: { serviceName: 'nihil-obstat' } });
    expect(loadConfig({ METRICS_TOKEN: ' s3cret ' }).metrics.token).toBe('s3cret');
    const traced = loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/', OTEL_SERVICE_NAME: 'engine-a' });
    expect(traced.tracing).toEqual({ endpoint: 'http://collector:4318', serviceName: 'engine-a' });
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// address, got "collector:4318".',
    );
  });

  it('lists every variable in the configuration table of docs/configuration.md, and nothing else', () => {
    const guide = readFileSync('docs/configuration.md', 'utf8');
    const table = guide.slice(guide.indexOf('## Configuration'));
    const documented = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
