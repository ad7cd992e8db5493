import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../src/platform/config';

describe('configuration', () => {
  it('has safe defaults: embedded store, fsync on every append, port 3000, development secret flagged', () => {
    const config = loadConfig({});
    expect(config.eventStore).toEqual({ connectionString: undefined, sqlitePath: './data/events.db', sqliteSync: 'full' });
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
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 's3cret' }).auth).toEqual({ secret: 's3cret', usingDevelopmentSecret: false });
  });

  it('names the variable and the value it cannot use', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be a non-negative integer, got "eighty".');
    expect(() => loadConfig({ EVENTSTORE_SQLITE_SYNC: 'off' })).toThrow('EVENTSTORE_SQLITE_SYNC must be one of full, normal');
  });

  it('lists every variable in the README configuration table, and nothing else', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'));
    const documented = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
