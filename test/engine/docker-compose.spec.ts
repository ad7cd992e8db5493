import { readFileSync } from 'node:fs';
import { loadConfig } from '../../src/platform/config';

const compose = readFileSync('docker-compose.yml', 'utf8');
const setting = (name: string) => new RegExp(`^\\s+${name}: ["']([^"']*)["']`, 'm').exec(compose)?.[1];

describe('docker-compose.yml', () => {
  it('runs KurrentDB 25.0 from the registry path that holds it, at an exact release tag', () => {
    expect(compose).toMatch(/^\s+image: docker\.kurrent\.io\/kurrent-latest\/kurrentdb:25\.0\.\d+$/m);
    expect(compose).not.toMatch(/kurrent-lts\/kurrentdb:25/);
  });

  it('turns server projections off and leaves AtomPub off', () => {
    expect(setting('KURRENTDB_RUN_PROJECTIONS')).toBe('None');
    expect(compose).not.toMatch(/START_STANDARD_PROJECTIONS|ATOM_PUB/);
  });

  it("sets the server's append limit, and the engine's at or below it", () => {
    const server = Number(setting('KURRENTDB_MAX_APPEND_SIZE'));
    const engine = Number(setting('EVENTSTORE_MAX_APPEND_SIZE'));
    expect(server).toBeGreaterThan(0);
    expect(engine).toBeGreaterThan(0);
    expect(engine).toBeLessThanOrEqual(server);
  });

  it('gives the engine a connection string its configuration accepts', () => {
    const connectionString = setting('EVENTSTORE_CONNECTION_STRING');
    expect(loadConfig({ EVENTSTORE_CONNECTION_STRING: connectionString }).eventStore.connectionString).toBe(connectionString);
  });
});
