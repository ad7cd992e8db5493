import { readFileSync } from 'node:fs';
import { loadConfig } from '../../src/platform/config';
import { ComposeService, composeServices } from './compose-interpolation';

/** Every secret docker-compose.yml requires, each a different value so that a test sees which one went where. */
const SECRETS = {
  AUTH_JWT_SECRET: 'a'.repeat(64),
  KURRENTDB_ADMIN_PASSWORD: 'b'.repeat(64),
  KURRENTDB_OPS_PASSWORD: 'c'.repeat(64),
  REDIS_PASSWORD: 'd'.repeat(64),
  POSTGRES_PASSWORD: 'e'.repeat(64),
  METRICS_TOKEN: 'f'.repeat(64),
};
const services = composeServices(SECRETS);
const all = Object.entries(services);
const byImage = (pattern: RegExp) => all.filter(([, s]) => pattern.test(s.image ?? ''));
const engines = all.filter(([, s]) => s.build !== undefined);
/** The only services meant to be reached from other machines: the engine itself and the clusters' proxies. */
const PUBLIC = new Set(['engine', 'pg-proxy', 'kdb-proxy']);

describe('docker-compose.yml: stores closed, secrets required', () => {
  it.each(Object.keys(SECRETS))('refuses to start without %s', (name) => {
    expect(() => composeServices({ ...SECRETS, [name]: '' })).toThrow(`required variable ${name} is missing a value`);
  });

  it('publishes no port beyond 127.0.0.1 but those of the engine and the proxies, in every profile', () => {
    const open = all.flatMap(([name, s]) =>
      (s.ports ?? []).filter((port) => !PUBLIC.has(name) && !port.startsWith('127.0.0.1:')).map((port) => `${name} ${port}`),
    );
    expect(open).toEqual([]);
    const stores = byImage(/kurrentdb|redis|postgres/);
    expect(stores.length).toBeGreaterThanOrEqual(7);
    for (const [, store] of stores) for (const port of store.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
  });

  it('starts every Redis with a password, checks its health with it, and gives it to every engine (BullMQ too)', () => {
    const redises = byImage(/^redis:/);
    expect(redises.map(([name]) => name).sort()).toEqual(['kdb-redis', 'pg-redis', 'redis']);
    for (const [, redis] of redises) {
      const command = redis.command ?? [];
      expect(command[command.indexOf('--requirepass') + 1]).toBe(SECRETS.REDIS_PASSWORD);
      expect(redis.environment?.REDISCLI_AUTH).toBe(SECRETS.REDIS_PASSWORD);
    }
    for (const [, engine] of engines) expect(engine.environment?.REDIS_URL).toMatch(new RegExp(`^redis://:${SECRETS.REDIS_PASSWORD}@`));
  });

  it('runs PostgreSQL with a password and data checksums, and the engines sign in with it', () => {
    const [[, postgres], ...others] = byImage(/^postgres:/);
    expect(others).toEqual([]);
    expect(postgres.environment?.POSTGRES_PASSWORD).toBe(SECRETS.POSTGRES_PASSWORD);
    expect(postgres.environment?.POSTGRES_INITDB_ARGS?.split(' ')).toContain('--data-checksums');
    const urls = engines.map(([, s]) => s.environment?.EVENTSTORE_POSTGRES_URL).filter((url) => url !== undefined);
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(new URL(url).password).toBe(SECRETS.POSTGRES_PASSWORD);
  });

  it('runs every KurrentDB node secure: certificates made by a compose step, and admin and ops passwords', () => {
    const nodes = byImage(/kurrentdb/);
    expect(nodes).toHaveLength(4);
    for (const [name, node] of nodes) {
      const env = node.environment ?? {};
      expect(Object.entries(env).filter(([key, value]) => /INSECURE/.test(key) && value !== 'false')).toEqual([]);
      expect(env.KURRENTDB_DEFAULT_ADMIN_PASSWORD).toBe(SECRETS.KURRENTDB_ADMIN_PASSWORD);
      expect(env.KURRENTDB_DEFAULT_OPS_PASSWORD).toBe(SECRETS.KURRENTDB_OPS_PASSWORD);
      expect(env.KURRENTDB_CERTIFICATE_FILE).toBe(`/etc/kurrentdb/certs/${name}/node.crt`);
      expect(env.KURRENTDB_CERTIFICATE_PRIVATE_KEY_FILE).toBe(`/etc/kurrentdb/certs/${name}/node.key`);
      expect(env.KURRENTDB_TRUSTED_ROOT_CERTIFICATES_PATH).toBe('/etc/kurrentdb/certs/ca');
      const maker = certificateMaker(node);
      expect(maker.image).toMatch(/es-gencert-cli:\d+\.\d+\.\d+$/);
      expect(maker.environment?.NODES.split(' ')).toContain(name);
      expect(node.volumes).toContain(`${volumeAt(maker, '/certs')}:/etc/kurrentdb/certs:ro`);
      expect(node.healthcheck).toBeDefined();
    }
  });

  it('has every engine on KurrentDB connect with TLS, trusting only the CA made for it, as admin', () => {
    const onKurrent = engines.filter(([, s]) => s.environment?.EVENTSTORE_CONNECTION_STRING !== undefined);
    expect(onKurrent.map(([name]) => name)).toEqual(['engine', 'kdb-engine-1', 'kdb-engine-2']);
    for (const [, engine] of onKurrent) {
      const connectionString = engine.environment!.EVENTSTORE_CONNECTION_STRING;
      const options = new URLSearchParams(connectionString.split('?')[1]);
      expect(options.get('tls')).toBe('true');
      expect(options.get('tlsCAFile')).toBe('/app/certs/ca.crt');
      expect(connectionString).toMatch(new RegExp(`^esdb://admin:${SECRETS.KURRENTDB_ADMIN_PASSWORD}@`));
      expect(loadConfig({ EVENTSTORE_CONNECTION_STRING: connectionString }).eventStore.connectionString).toBe(connectionString);
      const [dependency] = Object.keys(engine.depends_on ?? {}).filter((name) => /kurrentdb/.test(services[name].image ?? ''));
      const maker = certificateMaker(services[dependency]);
      // The engine mounts the CA certificate alone, never the volume that holds the nodes' and the CA's keys.
      expect(engine.volumes).toContain(`${volumeAt(maker, '/engine-ca')}:/app/certs:ro`);
      expect(engine.volumes?.some((v) => v.startsWith(`${volumeAt(maker, '/certs')}:`))).toBe(false);
    }
  });

  it('gives every engine METRICS_TOKEN, and Prometheus the same token as a secret its configuration reads', () => {
    for (const [, engine] of engines) expect(engine.environment?.METRICS_TOKEN).toBe(SECRETS.METRICS_TOKEN);
    const [[, prometheus]] = byImage(/^prom\/prometheus:/);
    expect(prometheus.secrets).toEqual(['metrics_token']);
    expect(readFileSync('ops/prometheus/prometheus.yml', 'utf8')).toMatch(/^\s+credentials_file: \/run\/secrets\/metrics_token$/m);
  });

  it.each([
    ['pg-proxy', ['pg-engine-1', 'pg-engine-2']],
    ['kdb-proxy', ['kdb-engine-1', 'kdb-engine-2']],
  ])('gives %s a fixed address that its engines trust (TRUST_PROXY), so each client keeps its own rate budget', (proxy, behind) => {
    const [[network, fixed]] = Object.entries(services[proxy].networks ?? {}).filter(([, settings]) => settings?.ipv4_address);
    for (const engine of behind) {
      expect(Object.keys(services[engine].networks ?? {})).toContain(network);
      expect(services[engine].environment?.TRUST_PROXY).toBe(fixed!.ipv4_address);
    }
  });
});

function certificateMaker(node: ComposeService): ComposeService {
  const [name] = Object.entries(node.depends_on ?? {})
    .filter(([, { condition }]) => condition === 'service_completed_successfully')
    .map(([dependency]) => dependency);
  expect(name).toBeDefined();
  return services[name];
}

function volumeAt(service: ComposeService, target: string): string {
  const volume = service.volumes?.find((v) => v.endsWith(`:${target}`));
  expect(volume).toBeDefined();
  return volume!.split(':')[0];
}
