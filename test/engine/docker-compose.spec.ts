import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { CONFIG_VARIABLES, loadConfig } from '../../src/platform/config';

/** js-yaml comes with the tooling (a transitive dependency) and has no types of its own. */
const yaml = createRequire(resolve('package.json'))('js-yaml') as { load(text: string): unknown };

interface Service {
  profiles?: string[];
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown>;
  volumes?: string[];
}
const services = (yaml.load(readFileSync('docker-compose.yml', 'utf8')) as { services: Record<string, Service> }).services;
const inProfile = (profile: string) => Object.entries(services).filter(([, s]) => s.profiles?.includes(profile));
const engines = (profile: string) => inProfile(profile).filter(([, s]) => s.build !== undefined);

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

  it('keeps the default services out of every profile, so `docker compose up` still starts them alone', () => {
    for (const name of ['eventstore', 'redis', 'engine']) expect(services[name].profiles).toBeUndefined();
  });

  it.each(['postgres-cluster', 'kurrentdb-cluster'])(
    'profile %s: two engines on one Redis behind a Caddy proxy, each with views of its own and one secrets file',
    (profile) => {
      const [one, two] = engines(profile).map(([, s]) => s.environment ?? {});
      expect(engines(profile)).toHaveLength(2);
      for (const env of [one, two]) {
        const unknown = Object.keys(env).filter((name) => !CONFIG_VARIABLES.includes(name as never));
        expect(unknown).toEqual([]);
        expect(env.REDIS_URL).toMatch(/^redis:\/\//);
      }
      expect(one.REDIS_URL).toBe(two.REDIS_URL);
      expect(one.WEBHOOK_SECRETS_SQLITE_PATH).toBe(two.WEBHOOK_SECRETS_SQLITE_PATH);
      const dataVolume = (s: Service) => s.volumes?.find((v) => v.endsWith(':/app/data'));
      const [first, second] = engines(profile).map(([, s]) => dataVolume(s));
      expect(first).not.toBe(second);
      const proxies = inProfile(profile).filter(([, s]) => s.image?.startsWith('caddy:'));
      expect(proxies).toHaveLength(1);
      const [, proxy] = proxies[0];
      expect(proxy.volumes).toContain('./ops/caddy/Caddyfile:/etc/caddy/Caddyfile:ro');
      expect(Object.keys(proxy.depends_on ?? {}).sort()).toEqual(
        engines(profile)
          .map(([name]) => name)
          .sort(),
      );
      expect(proxy.environment?.ENGINE_UPSTREAMS.split(' ')).toEqual(engines(profile).map(([name]) => `${name}:3000`));
    },
  );

  it('profile kurrentdb-cluster: three nodes seeding each other, and a connection string the engine accepts naming all three', () => {
    const nodes = inProfile('kurrentdb-cluster').filter(([, s]) => s.image?.includes('kurrentdb'));
    expect(nodes.map(([name]) => name)).toEqual(['node1', 'node2', 'node3']);
    for (const [name, node] of nodes) {
      expect(node.environment?.KURRENTDB_CLUSTER_SIZE).toBe('3');
      expect(node.environment?.KURRENTDB_GOSSIP_SEED.split(',').sort()).toEqual(
        ['node1:2113', 'node2:2113', 'node3:2113'].filter((seed) => !seed.startsWith(name)),
      );
    }
    for (const [, engine] of engines('kurrentdb-cluster')) {
      const connectionString = engine.environment?.EVENTSTORE_CONNECTION_STRING;
      expect(connectionString).toMatch(
        /^esdb:\/\/admin:\$\{KURRENTDB_ADMIN_PASSWORD:\?[^}]*\}@node1:2113,node2:2113,node3:2113\?tls=true&/,
      );
      expect(loadConfig({ EVENTSTORE_CONNECTION_STRING: connectionString }).eventStore.connectionString).toBe(connectionString);
    }
  });

  it('has the Caddyfile balance round robin over ENGINE_UPSTREAMS with health checks on /health', () => {
    const caddyfile = readFileSync('ops/caddy/Caddyfile', 'utf8');
    expect(caddyfile).toMatch(/reverse_proxy \{\$ENGINE_UPSTREAMS\}/);
    expect(caddyfile).toMatch(/lb_policy round_robin/);
    expect(caddyfile).toMatch(/health_uri \/health/);
  });
});
