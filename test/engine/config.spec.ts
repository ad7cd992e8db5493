import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../src/platform/config';

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

  it('refuses production without AUTH_JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 's3cret' }).auth).toEqual({
      secret: 's3cret',
      usingDevelopmentSecret: false,
    });
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

  it('lists every variable in the README configuration table, and nothing else', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'));
    const documented = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
