import { EsdbEventStore } from '../../src/event-store/esdb/esdb-event-store';
import { TEST_RUN_PREFIX } from '../support/events';
import { describeEventStoreContract } from './event-store.contract';

/**
 * The same contract against EventStoreDB / KurrentDB, when one is reachable:
 * `EVENTSTORE_CONNECTION_STRING=esdb://localhost:2113?tls=false npm test` (see docker-compose.yml).
 * Every test writes to fresh streams under this run's prefix, so it can run against a server that
 * holds other data (and the engine's audit verification counts them as foreign events).
 */
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  describeEventStoreContract(
    'EventStoreDB',
    () => {
      const store = new EsdbEventStore(connectionString);
      return Promise.resolve({ store, dispose: () => store.close(), reopen: () => new EsdbEventStore(connectionString) });
    },
    { streamPrefix: TEST_RUN_PREFIX },
  );
} else {
  describe('EventStore contract: EventStoreDB', () => {
    // Skipped, not passed: no EventStoreDB server runs here (no Docker engine). With one, set
    // EVENTSTORE_CONNECTION_STRING (see docker-compose.yml) and the whole contract runs against it.
    it.skip('skipped: EVENTSTORE_CONNECTION_STRING is not set (no EventStoreDB server on this machine)', () => undefined);
  });
}
