import { HashChainingEventStore } from '../../src/audit/hash-chain';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { temporaryDirectory } from '../support/temporary-directory';
import { describeEventStoreContract, StoreUnderTest } from './event-store.contract';

/** The store production uses (see createEngineStore in src/engine/engine-store.ts): the hash chain around the embedded SQLite store. */
function openHashChainedStore(): Promise<StoreUnderTest> {
  const dir = temporaryDirectory();
  const store = new HashChainingEventStore(new SqliteEventStore({ path: `${dir.path}/events.db` }));
  return Promise.resolve({
    store,
    dispose: async () => {
      await store.close();
      dir.remove();
    },
  });
}

describeEventStoreContract('hash-chained embedded SQLite', openHashChainedStore, { addedMetadataKeys: ['hash', 'previousHash'] });
