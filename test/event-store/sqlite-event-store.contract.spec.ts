import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { temporaryDirectory } from '../support/temporary-directory';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('embedded SQLite', async () => {
  const dir = temporaryDirectory();
  const store = new SqliteEventStore({ path: `${dir.path}/events.db` });
  return {
    store,
    dispose: async () => {
      await store.close();
      dir.remove();
    },
  };
});
