import { describeEventStore } from '../../src/event-store/event-store.factory';
import { ConfigError, loadConfig } from '../../src/platform/config';

describe('configuration of the PostgreSQL store', () => {
  it('selects PostgreSQL from EVENTSTORE_POSTGRES_URL, and names it without its password', () => {
    const { eventStore } = loadConfig({ EVENTSTORE_POSTGRES_URL: ' postgres://nihil:s3c/ret@db:5432/nihil ' });
    expect(eventStore.postgresUrl).toBe('postgres://nihil:s3c/ret@db:5432/nihil');
    expect(eventStore.connectionString).toBeUndefined();
    expect(describeEventStore(eventStore)).toBe('PostgreSQL store at postgres://***@db:5432/nihil');
  });

  it('refuses to start with EVENTSTORE_CONNECTION_STRING also set, saying which store is in doubt', () => {
    const both = { EVENTSTORE_POSTGRES_URL: 'postgres://postgres@db/nihil', EVENTSTORE_CONNECTION_STRING: 'esdb://node:2113?tls=false' };
    expect(() => loadConfig(both)).toThrow(ConfigError);
    expect(() => loadConfig(both)).toThrow('EVENTSTORE_POSTGRES_URL and EVENTSTORE_CONNECTION_STRING are both set');
  });

  it('refuses an address that is not a PostgreSQL one, without showing its password', () => {
    expect(() => loadConfig({ EVENTSTORE_POSTGRES_URL: 'mysql://root:hunter2@db/nihil' })).toThrow(
      'EVENTSTORE_POSTGRES_URL must start with postgres:// or postgresql://, got "mysql://***@db/nihil"',
    );
  });

  it('keeps the embedded store when it is unset or empty', () => {
    expect(loadConfig({ EVENTSTORE_POSTGRES_URL: '' }).eventStore.postgresUrl).toBeUndefined();
  });
});
