import { APP_CONFIG, AppConfig } from '../../src/platform/config';
import { TEST_RUN_PREFIX } from '../support/events';
import { startTestApp, testAppEnv } from '../support/test-app';

describe('test isolation from an EventStoreDB server', () => {
  it('clears the connection string for test apps unless a test asks for one', () => {
    expect(testAppEnv('/tmp/x')).toMatchObject({ EVENTSTORE_CONNECTION_STRING: '', EVENTSTORE_SQLITE_PATH: '/tmp/x/events.db' });
    const asked = testAppEnv('/tmp/x', { EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' });
    expect(asked.EVENTSTORE_CONNECTION_STRING).toBe('esdb://localhost:2113?tls=false');
  });

  it('starts the app on the embedded store while the suite runs with a server, and restores the variable', async () => {
    const server = 'esdb://127.0.0.1:1?tls=false';
    const previous = process.env.EVENTSTORE_CONNECTION_STRING;
    process.env.EVENTSTORE_CONNECTION_STRING = server;
    try {
      const app = await startTestApp();
      try {
        expect(app.app.get<AppConfig>(APP_CONFIG).eventStore.connectionString).toBeUndefined();
        expect(await app.eventCount()).toBe(0);
      } finally {
        await app.close();
      }
      expect(process.env.EVENTSTORE_CONNECTION_STRING).toBe(server);
    } finally {
      if (previous === undefined) delete process.env.EVENTSTORE_CONNECTION_STRING;
      else process.env.EVENTSTORE_CONNECTION_STRING = previous;
    }
  });

  it('gives the server leg of the contract suite one stream prefix for the whole run', () => {
    expect(TEST_RUN_PREFIX).toMatch(/^test-run-[0-9a-z]+-[0-9a-f]{8}-$/);
  });
});
